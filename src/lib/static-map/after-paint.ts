// Runs a task once the browser has painted the current frame: a timeout queued from an animation
// frame callback runs after that frame's paint. The pre-rendered map paints first; MapLibre's
// megabyte of script is parsed after.
export function afterFirstPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}
