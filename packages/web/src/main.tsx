import './styles.css';

/**
 * index.html's loading screen paints first, then the app's code runs (it is already downloading: the build
 * preloads start.tsx's chunk). Evaluating that code keeps a mid-range phone busy for about a second; run before
 * the first paint, it kept the screen white all that time.
 */
function start(): void {
  import('./start.tsx').catch(() => {
    const status = document.querySelector('#root [role="status"] span');
    if (status) status.textContent = 'Không tải được ứng dụng. Kiểm tra kết nối mạng rồi tải lại trang.';
  });
}

// Two frames: by the second one the first has reached the screen (a timer from the first frame could run
// between its painting and its display, and the paint would still wait for the code).
requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
