#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QVarLengthArray>

namespace guild::protocol {

/// Compact JSON written straight into bytes, the same bytes QJsonDocument::toJson(Compact) writes for
/// the same values when keys come in the order QJsonObject keeps them (sorted). For the few answers
/// that are large and asked for all the time (a feed page), where building QJsonObjects first was a
/// third of the request (docs/performance.md).
class JsonWriter final
{
public:
    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    /// The next member's name; keys must come sorted, as QJsonObject would order them.
    void key(QLatin1StringView name);
    void value(const QString &text);
    void value(bool flag);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void null();
    /// A member: its name, then its value.
    template <typename T>
    void member(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    QByteArray take() { return std::move(m_out); }

private:
    void open(char bracket);
    void close(char bracket);
    /// A comma before every value of an array but the first (object members get theirs in key()).
    void separate();

    QByteArray m_out;
    QVarLengthArray<bool, 8> m_first; ///< per open object or array: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace guild::protocol
