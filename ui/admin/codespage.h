#pragma once

#include "models/recordlistmodel.h"
#include "protocol/api/membership.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace guild::app {
class AdminService;
}

namespace guild::ui {

class HintedListView;

/// Codes as admins see them: what each gives and how much of it is used.
class CodeListModel final : public models::RecordListModel<protocol::CodeSummary>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;

protected:
    QVariant display(const protocol::CodeSummary &code, int row, int role) const override;
};

/// The admin panel's Codes tab: make a redeem code (days of a tier) or a coupon (percent off a
/// checkout) for some uses, until a date if wanted; the new code is shown once to copy; the list shows
/// every code's use.
class CodesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CodesPage(app::AdminService &admin, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *amountBox() const { return m_amount; }
    QSpinBox *usesBox() const { return m_uses; }
    QPushButton *createButton() const { return m_create; }
    QLineEdit *newCode() const { return m_code; }
    HintedListView *codeList() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateAmount();

    app::AdminService &m_admin;
    CodeListModel *m_codes;
    QComboBox *m_kind;
    QComboBox *m_tier;
    QSpinBox *m_amount;
    QSpinBox *m_uses;
    QCheckBox *m_expires;
    QDateEdit *m_until;
    QPushButton *m_create;
    QLineEdit *m_code;
    QPushButton *m_copy;
    HintedListView *m_list;
};

} // namespace guild::ui
