#pragma once

#include <QLatin1StringView>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace guild::protocol {

/// The wire codes of an enum, in one table: code() and parse() cannot disagree. The first entry is
/// what code() answers for a value not in the table.
template <typename E, std::size_t N>
class CodeTable
{
public:
    constexpr explicit CodeTable(std::array<std::pair<E, QLatin1StringView>, N> entries)
        : m_entries(entries)
    {}

    QString code(E value) const
    {
        for (const auto &[e, c] : m_entries) {
            if (e == value) {
                return QString(c);
            }
        }
        return QString(m_entries.front().second);
    }

    std::optional<E> parse(const QString &code) const
    {
        for (const auto &[e, c] : m_entries) {
            if (code == c) {
                return e;
            }
        }
        return std::nullopt;
    }

private:
    std::array<std::pair<E, QLatin1StringView>, N> m_entries;
};

} // namespace guild::protocol
