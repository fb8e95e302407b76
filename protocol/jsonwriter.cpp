#include "jsonwriter.h"

namespace guild::protocol {

namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

/// As QJsonDocument escapes: the two that must be, the five short forms, other controls and lone
/// surrogates as \uxxxx; everything else as UTF-8. Written through a pointer into room made once (at
/// most six bytes a unit): a call per byte was a twentieth of a feed request.
void appendEscaped(QByteArray &out, const QString &text)
{
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    const qsizetype start = out.size();
    out.resize(start + 2 + size * 6);
    char *p = out.data() + start;
    const auto escapeUnit = [&p](char16_t unit) {
        *p++ = '\\';
        *p++ = 'u';
        for (int shift = 12; shift >= 0; shift -= 4) {
            *p++ = hexDigit((unit >> shift) & 0xf);
        }
    };
    const auto shortForm = [&p](char letter) {
        *p++ = '\\';
        *p++ = letter;
    };
    *p++ = '"';
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t u = units[i];
        if (u < 0x80) {
            switch (u) {
            case u'"':
                shortForm('"');
                break;
            case u'\\':
                shortForm('\\');
                break;
            case u'\b':
                shortForm('b');
                break;
            case u'\f':
                shortForm('f');
                break;
            case u'\n':
                shortForm('n');
                break;
            case u'\r':
                shortForm('r');
                break;
            case u'\t':
                shortForm('t');
                break;
            default:
                if (u < 0x20) {
                    escapeUnit(u);
                } else {
                    *p++ = char(u);
                }
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            const char32_t code = QChar::surrogateToUcs4(u, units[++i]);
            *p++ = char(0xf0 | (code >> 18));
            *p++ = char(0x80 | ((code >> 12) & 0x3f));
            *p++ = char(0x80 | ((code >> 6) & 0x3f));
            *p++ = char(0x80 | (code & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            escapeUnit(u); // alone: not text, so written as what it is
        } else {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

} // namespace

void JsonWriter::open(char bracket)
{
    separate();
    m_out += bracket;
    m_first.append(true);
}

void JsonWriter::close(char bracket)
{
    m_out += bracket;
    m_first.removeLast();
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.isEmpty()) {
        if (!m_first.last()) {
            m_out += ',';
        }
        m_first.last() = false;
    }
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_out += '"';
    m_out.append(name.data(), name.size());
    m_out += "\":";
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    separate();
    appendEscaped(m_out, text);
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

} // namespace guild::protocol
