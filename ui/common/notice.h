#pragma once

#include <QString>

#include <optional>

class QLabel;

namespace guild::ui {

/// Shows a service's answer in a panel's notice line: green when it worked, red when it did not,
/// the ordinary text colour when it is neither (nullopt: "the payment page opened", say).
void showNotice(QLabel *label, const QString &message, std::optional<bool> ok);

} // namespace guild::ui
