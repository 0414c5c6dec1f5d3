/** A node of oxc's ESTree tree as the handler analyses walk it: its type and offsets, its other fields read by name. */
export interface JsNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
