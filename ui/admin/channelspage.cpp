#include "channelspage.h"

#include "common/formatting.h"
#include "common/hintedlistview.h"
#include "services/adminservice.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol;

QVariant ChannelAdminModel::display(const chat::Channel &c, int /*row*/, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    QString line = u'#' + c.name;
    if (!c.topic.isEmpty()) {
        line += u" · "_s + c.topic;
    }
    if (c.requiredTier != Tier::Free) {
        line += u" · "_s + tr("for %1 members").arg(tierDisplayName(c.requiredTier));
    }
    return line;
}

ChannelsPage::ChannelsPage(app::AdminService &admin, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_channels(new ChannelAdminModel(this))
    , m_list(new HintedListView(this))
    , m_name(new QLineEdit(this))
    , m_topic(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_create(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_archive(new QPushButton(this))
{
    m_list->setModel(m_channels);
    buildLayout();
    wire();
    retranslate();
}

void ChannelsPage::buildLayout()
{
    m_name->setMaxLength(40);
    m_topic->setMaxLength(200);
    auto *form = new QFormLayout;
    form->addRow(QString(), m_name);
    form->addRow(QString(), m_topic);
    form->addRow(QString(), m_tier);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_archive);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
}

void ChannelsPage::wire()
{
    connect(&m_admin, &app::AdminService::channelsLoaded, this, [this](const QList<chat::Channel> &channels) {
        const chat::Channel *before = m_channels->at(m_list->currentIndex());
        const qint64 selected = before ? before->id : 0;
        m_channels->setRecords(channels);
        if (const int row = m_channels->rowOfId(selected); row >= 0) {
            m_list->setCurrentIndex(m_channels->index(row));
        }
        showSelected();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChannelsPage::showSelected);
    connect(m_create, &QPushButton::clicked, this, [this] { m_admin.createChannel(input()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const chat::Channel *c = m_channels->at(m_list->currentIndex())) {
            m_admin.updateChannel(c->id, input());
        }
    });
    connect(m_archive, &QPushButton::clicked, this, [this] {
        if (const chat::Channel *c = m_channels->at(m_list->currentIndex())) {
            m_admin.archiveChannel(c->id);
        }
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        const bool named = !m_name->text().trimmed().isEmpty();
        m_create->setEnabled(named);
        m_save->setEnabled(named && m_channels->at(m_list->currentIndex()));
    });
}

ChannelInput ChannelsPage::input() const
{
    return {m_name->text().trimmed(), m_topic->text().trimmed(),
            tierCode(static_cast<Tier>(m_tier->currentData().toInt()))};
}

void ChannelsPage::showSelected()
{
    const chat::Channel *c = m_channels->at(m_list->currentIndex());
    m_archive->setEnabled(c != nullptr);
    m_save->setEnabled(c != nullptr);
    if (c) {
        m_name->setText(c->name);
        m_topic->setText(c->topic);
        m_tier->setCurrentIndex(qMax(0, m_tier->findData(static_cast<int>(c->requiredTier))));
    }
}

void ChannelsPage::retranslate()
{
    m_name->setPlaceholderText(tr("Name: one word, like 'general' or '求职'"));
    m_topic->setPlaceholderText(tr("Topic: what the channel is for"));
    const int tier = m_tier->currentIndex();
    m_tier->clear();
    for (Tier t : {Tier::Free, Tier::Member, Tier::Premium}) {
        m_tier->addItem(tr("Open to: %1").arg(tierDisplayName(t)), static_cast<int>(t));
    }
    m_tier->setCurrentIndex(qMax(0, tier));
    m_create->setText(tr("New channel"));
    m_list->setAccessibleName(tr("Channels"));
    m_name->setAccessibleName(tr("Channel name"));
    m_topic->setAccessibleName(tr("Channel topic"));
    m_save->setText(tr("Save changes"));
    m_archive->setText(tr("Archive"));
    m_list->setPlaceholderText(tr("No channels yet: make the first one below, and members see it at once."));
}

void ChannelsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_channels->refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
