import CNcursesw
import NewsroomUI

/// An input event from the terminal.
enum TerminalEvent: Equatable {
    case key(KeyEvent)
    case mouse(MouseEvent)
    case resize
}

/// Turns what `wget_wch` returns into events.
enum KeyDecoder {
    /// Decodes a character (`isFunctionKey` false) or a function key code.
    static func decode(code: UInt32, isFunctionKey: Bool) -> TerminalEvent? {
        if isFunctionKey { return functionKey(Int32(bitPattern: code)) }
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 0: return nil
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(code + 96)))))
        case 28...31: return nil
        default:
            guard let s = Unicode.Scalar(code) else { return nil }
            return .key(.char(Character(s)))
        }
    }

    private static func functionKey(_ k: Int32) -> TerminalEvent? {
        switch k {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        case nr_key_resize(): return .resize
        case nr_key_mouse(): return mouse()
        default:
            let f0 = nr_key_f0()
            if k > f0, k <= f0 + 12 { return .key(.function(Int(k - f0))) }
            return nil
        }
    }

    private static func mouse() -> TerminalEvent? {
        var x: Int32 = 0, y: Int32 = 0
        var state: UInt = 0
        guard nr_get_mouse(&x, &y, &state) == nr_ok() else { return nil }
        if state & nr_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: Int(x), y: Int(y))) }
        if nr_button5_pressed() != 0, state & nr_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: Int(x), y: Int(y))) }
        if state & (nr_button1_pressed() | nr_button1_clicked()) != 0 { return .mouse(MouseEvent(.press, x: Int(x), y: Int(y))) }
        return nil
    }
}
