#ifndef NEWSROOM_CNCURSESW_SHIM_H
#define NEWSROOM_CNCURSESW_SHIM_H

/* Wide-character ncurses. The macros and globals below cannot be used from Swift 6
   directly (macros are invisible, mutable globals are not concurrency-safe), so they
   are wrapped in small functions. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <pthread.h>
#include <unistd.h>

static inline WINDOW *nr_stdscr(void) { return stdscr; }
static inline int nr_cols(void) { return COLS; }
static inline int nr_lines(void) { return LINES; }
static inline int nr_colors(void) { return COLORS; }
static inline int nr_color_pairs(void) { return COLOR_PAIRS; }
static inline void nr_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }

static inline unsigned int nr_a_normal(void) { return (unsigned int)A_NORMAL; }
static inline unsigned int nr_a_bold(void) { return (unsigned int)A_BOLD; }
static inline unsigned int nr_a_underline(void) { return (unsigned int)A_UNDERLINE; }
static inline unsigned int nr_a_reverse(void) { return (unsigned int)A_REVERSE; }
static inline unsigned int nr_a_dim(void) { return (unsigned int)A_DIM; }
static inline unsigned int nr_a_italic(void) { return (unsigned int)A_ITALIC; }
static inline unsigned int nr_color_pair(int n) { return (unsigned int)COLOR_PAIR(n); }

static inline int nr_key_resize(void) { return KEY_RESIZE; }
static inline int nr_key_mouse(void) { return KEY_MOUSE; }
static inline int nr_key_code_yes(void) { return KEY_CODE_YES; }
static inline int nr_err(void) { return ERR; }

/* Mouse: report clicks and the wheel. */
static inline unsigned long nr_mouse_all(void) { return (unsigned long)(ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION); }
static inline unsigned long nr_button1_pressed(void) { return (unsigned long)BUTTON1_PRESSED; }
static inline unsigned long nr_button1_clicked(void) { return (unsigned long)BUTTON1_CLICKED; }
static inline unsigned long nr_button1_released(void) { return (unsigned long)BUTTON1_RELEASED; }
static inline unsigned long nr_button4_pressed(void) { return (unsigned long)BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline unsigned long nr_button5_pressed(void) { return (unsigned long)BUTTON5_PRESSED; }
#else
static inline unsigned long nr_button5_pressed(void) { return 0; }
#endif

/* Draw one cell: a wide-char string (base + combining marks) with attributes and colour pair. */
static inline int nr_put_cell(int y, int x, const wchar_t *text, unsigned int attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, text, (attr_t)attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

static inline int nr_set_escdelay(int ms) { return set_escdelay(ms); }

static inline int nr_ok(void) { return OK; }
static inline int nr_key_f0(void) { return KEY_F0; }

/* ---- Opening the terminal without initscr's exit-on-error -------------------------------- */

/* Checks TERM with setupterm and opens a curses screen on stdin/stdout.
   Returns NULL and writes a message into errbuf when the terminal cannot be used. */
static inline SCREEN *nr_open_terminal(char *errbuf, int errlen) {
    const char *term = getenv("TERM");
    if (term == NULL || term[0] == 0) {
        snprintf(errbuf, errlen, "TERM is not set: newsroom needs a terminal type (e.g. TERM=xterm-256color)");
        return NULL;
    }
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
        snprintf(errbuf, errlen, "standard input and output must be a terminal for the reader");
        return NULL;
    }
    int err = 0;
    if (setupterm((char *)term, STDOUT_FILENO, &err) != OK) {
        if (err == -1) snprintf(errbuf, errlen, "no terminfo database found for TERM=%s", term);
        else snprintf(errbuf, errlen, "unknown terminal type TERM=%s (no terminfo entry)", term);
        return NULL;
    }
    const char *cup = tigetstr((char *)"cup");
    int hardcopy = tigetflag((char *)"hc");
    if (cup == NULL || cup == (char *)-1 || hardcopy > 0) {
        del_curterm(cur_term);
        snprintf(errbuf, errlen, "terminal TERM=%s cannot move the cursor, so it cannot show the reader", term);
        return NULL;
    }
    del_curterm(cur_term);
    SCREEN *scr = newterm((char *)term, stdout, stdin);
    if (scr == NULL) {
        snprintf(errbuf, errlen, "could not initialise the terminal TERM=%s", term);
        return NULL;
    }
    set_term(scr);
    return scr;
}

/* ---- Signals ------------------------------------------------------------------------------
   The handlers only record the signal; the loop acts on it. Fatal signals restore the terminal
   with async-signal-safe calls (write, tcsetattr) and re-raise. All state lives here; only one
   Swift file (SignalGuard.swift) calls these functions, so there is one copy of it. */

static volatile sig_atomic_t nr_signal_flag = 0;
static int nr_have_termios = 0;
static volatile size_t nr_restore_len = 0;
/* Aggregates live in function-local statics: Swift's importer emits those, not file-scope ones. */
static inline struct termios *nr_saved_termios_ptr(void) { static struct termios t; return &t; }
static inline char *nr_restore_buffer(void) { static char b[512]; return b; }
#define NR_RESTORE_CAPACITY 512

static void nr_on_signal(int sig) { nr_signal_flag = sig; }

static void nr_on_fatal(int sig) {
    if (nr_restore_len > 0) { ssize_t r = write(STDOUT_FILENO, nr_restore_buffer(), nr_restore_len); (void)r; }
    if (nr_have_termios) tcsetattr(STDIN_FILENO, TCSANOW, nr_saved_termios_ptr());
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void nr_save_tty(void) {
    if (tcgetattr(STDIN_FILENO, nr_saved_termios_ptr()) == 0) nr_have_termios = 1;
}

static inline void nr_append_restore(const char *capname) {
    const char *s = tigetstr((char *)capname);
    if (s == NULL || s == (char *)-1) return;
    size_t n = strlen(s);
    if (nr_restore_len + n >= NR_RESTORE_CAPACITY) return;
    memcpy(nr_restore_buffer() + nr_restore_len, s, n);
    nr_restore_len += n;
}

/* What a crash writes to put the terminal back: attributes off, mouse off, cursor on,
   keypad off, alternate screen left. Computed once the terminal is open. */
static inline void nr_prepare_restore(void) {
    nr_restore_len = 0;
    nr_append_restore("sgr0");
    const char *mouseOff = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l";
    size_t n = strlen(mouseOff);
    memcpy(nr_restore_buffer() + nr_restore_len, mouseOff, n);
    nr_restore_len += n;
    nr_append_restore("cnorm");
    nr_append_restore("rmkx");
    nr_append_restore("rmcup");
}

static inline void nr_install_signal_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = nr_on_signal;
    sa.sa_flags = 0; /* no SA_RESTART: a blocking read returns so the loop sees the signal */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGTSTP, &sa, NULL);
    struct sigaction fatal;
    memset(&fatal, 0, sizeof fatal);
    sigemptyset(&fatal.sa_mask);
    fatal.sa_handler = nr_on_fatal;
    fatal.sa_flags = SA_RESETHAND;
    sigaction(SIGSEGV, &fatal, NULL);
    sigaction(SIGABRT, &fatal, NULL);
    sigaction(SIGBUS, &fatal, NULL);
    sigaction(SIGILL, &fatal, NULL);
    sigaction(SIGFPE, &fatal, NULL);
    sigaction(SIGTRAP, &fatal, NULL);
}

static inline void nr_restore_default_signal_handlers(void) {
    int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE, SIGTRAP };
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) signal(sigs[i], SIG_DFL);
}

/* The signal received since the last call (0 if none). */
static inline int nr_take_signal(void) {
    int s = nr_signal_flag;
    nr_signal_flag = 0;
    return s;
}

/* Stops the process until SIGCONT (fg), the classic curses way: the caller has left curses
   mode (endwin) already. SIGTSTP gets its default action back, is unblocked on this thread and
   raised on this thread (raise = tgkill to the caller), so the stop happens before raise returns
   and nothing of the reader runs while the job is stopped; then the handler is put back.
   The restore sequence (attributes off, mouse off, cursor on, alternate screen left) is written
   once more by hand and drained first: under tmux endwin's bytes alone were seen not to take
   effect before the stop. */
static inline void nr_suspend_self(void) {
    fflush(stdout);
    if (nr_restore_len > 0) { ssize_t r = write(STDOUT_FILENO, nr_restore_buffer(), nr_restore_len); (void)r; }
    tcdrain(STDOUT_FILENO);
    struct sigaction dfl, old;
    memset(&dfl, 0, sizeof dfl);
    sigemptyset(&dfl.sa_mask);
    dfl.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &dfl, &old);
    sigset_t mask, oldmask;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTSTP);
    pthread_sigmask(SIG_UNBLOCK, &mask, &oldmask);
    raise(SIGTSTP);
    /* Resumed (SIGCONT). */
    pthread_sigmask(SIG_SETMASK, &oldmask, NULL);
    sigaction(SIGTSTP, &old, NULL);
    if (nr_signal_flag == SIGTSTP) nr_signal_flag = 0; /* a second ctrl-z before the stop */
}

/* Re-raises a terminating signal with its default action (after the terminal is restored). */
static inline void nr_reraise_default(int sig) {
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Mouse events. */
static inline int nr_get_mouse(int *x, int *y, unsigned long *bstate) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return ERR;
    *x = ev.x; *y = ev.y; *bstate = (unsigned long)ev.bstate;
    return OK;
}
/* Whether ncurses decodes SGR 1006 mouse reports itself: it does when the terminfo entry's XM
   string asks for mode 1006 (xterm-256color); with TERM=screen/tmux-256color it uses X10. */
static inline int nr_curses_decodes_sgr_mouse(void) {
    const char *xm = tigetstr((char *)"XM");
    if (xm == NULL || xm == (char *)-1) return 0;
    return strstr(xm, "1006") != NULL;
}
static inline WINDOW *nr_curscr(void) { return curscr; }
/* Writes bytes straight to the terminal (after curses flushed its own output). */
static inline void nr_write_raw(const char *s) {
    fflush(stdout);
    size_t n = strlen(s);
    while (n > 0) { ssize_t r = write(STDOUT_FILENO, s, n); if (r <= 0) break; s += r; n -= (size_t)r; }
}
static inline unsigned long nr_mouse_clicks(void) { return (unsigned long)(ALL_MOUSE_EVENTS); }

static inline int nr_get_wch(WINDOW *w, unsigned int *out) {
    wint_t c = 0;
    int r = wget_wch(w, &c);
    *out = (unsigned int)c;
    return r;
}

/* Draw one cell from UTF-32 scalars (at most 5: one spacing character and its marks). */
static inline int nr_put_cell32(int y, int x, const unsigned int *scalars, int count, unsigned int attrs, short pair) {
    wchar_t buf[CCHARW_MAX + 1];
    int n = count < CCHARW_MAX ? count : CCHARW_MAX;
    for (int i = 0; i < n; i++) buf[i] = (wchar_t)scalars[i];
    buf[n] = 0;
    cchar_t cc;
    if (setcchar(&cc, buf, (attr_t)attrs, pair, NULL) != OK) {
        buf[1] = 0;
        if (setcchar(&cc, buf, (attr_t)attrs, pair, NULL) != OK) return ERR;
    }
    return mvadd_wch(y, x, &cc);
}

#endif
