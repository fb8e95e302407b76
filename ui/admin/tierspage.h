#pragma once

#include "models/recordlistmodel.h"
#include "protocol/api/moderation.h"
#include "protocol/types.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace guild::app {
class AdminService;
}

namespace guild::ui {

class HintedListView;

/// The tier catalogue as an admin sees it: each tier's name, prices and whether it is still sold.
class TierAdminModel final : public models::RecordListModel<protocol::TierInfo>
{
    Q_OBJECT
public:
    using RecordListModel::RecordListModel;

protected:
    QVariant display(const protocol::TierInfo &tier, int row, int role) const override;
};

/// The admin panel's Tiers tab: name, describe and price each tier of the ladder, in the community's
/// currency, set its free trial and what it includes, retire it or offer it again.
class TiersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit TiersPage(app::AdminService &admin, QWidget *parent = nullptr);

    HintedListView *tierList() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QDoubleSpinBox *monthlyPrice() const { return m_monthly; }
    QDoubleSpinBox *yearlyPrice() const { return m_yearly; }
    QComboBox *currencyBox() const { return m_currency; }
    QCheckBox *retiredBox() const { return m_retired; }
    QPushButton *saveButton() const { return m_save; }
    /// The form as the server takes it.
    protocol::TierInput input() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void wire();
    void retranslate();
    void showSelected();

    app::AdminService &m_admin;
    TierAdminModel *m_tiers;
    HintedListView *m_list;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_benefits;
    QDoubleSpinBox *m_monthly;
    QDoubleSpinBox *m_yearly;
    QComboBox *m_currency;
    QSpinBox *m_trialDays;
    QCheckBox *m_qa;
    QCheckBox *m_events;
    QCheckBox *m_retired;
    QPushButton *m_save;
    std::array<QLabel *, 6> m_labels; ///< the form's, kept to retranslate them
};

} // namespace guild::ui
