import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isReviewTitle } from '../../../src/readers/markdown/review-title.js';

test('a title naming failures, corrections or a judgement of the answer is a review', () => {
  for (const title of [
    'Model Response Failures Analysis',
    'Model Failures and Corrections',
    'Failures and Corrections: `lib/main.tf`',
    'MODEL_FAILURES.md',
    'Model Response Analysis',
    'Model Analysis',
    'Common mistakes in the response',
  ])
    assert.equal(isReviewTitle(title), true, title);
});

test("an answer's title is no review, even where it speaks of failure, fixes, issues or analysis", () => {
  for (const title of [
    'main.tf',
    'Multi-Region Disaster Recovery Infrastructure - Iteration 2 (Fixed)',
    'High Availability and Failure Recovery Infrastructure on AWS',
    'Model response to fix the lint and Deploy issues',
    'Ideal Response: S3 Bucket Analysis System',
    'Quick Fixes for Your Terraform Deployment Issues',
    'MODEL RESPONSE: CI/CD Pipeline (With Training Issues)',
    '',
  ])
    assert.equal(isReviewTitle(title), false, title);
});
