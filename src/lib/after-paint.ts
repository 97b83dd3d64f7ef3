// Runs a task once the browser has painted the next frame: a timeout queued from an animation
// frame callback runs after that frame's paint. Used so the pre-rendered map paints before
// MapLibre's megabyte of script is parsed, and so a click's panel paints before focus moves to it.
export function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task, 0));
}
