#include "articlecomposer.h"

#include "articleview.h"
#include "common/draftbinding.h"
#include "common/formatting.h"
#include "common/pictureinserter.h"
#include "common/safetextbrowser.h"
#include "common/theme.h"
#include "protocol/limits.h"
#include "services/imageuploader.h"
#include "services/publishingservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace guild::ui {

using protocol::Tier;

namespace {

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty()) {
            lines.append(line.trimmed());
        }
    }
    return lines;
}

} // namespace

ArticleComposer::ArticleComposer(app::PublishingService &publishing, QWidget *parent)
    : QDialog(parent)
    , m_publishing(publishing)
    , m_title(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_tier(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_body(new QPlainTextEdit)
    , m_preview(new SafeTextBrowser)
    , m_featured(new QCheckBox(tr("In the digest (精华)"), this))
    , m_pinned(new QCheckBox(tr("Pinned to the top of the feed"), this))
    , m_later(new QCheckBox(tr("Publish later, at"), this))
    , m_publishAt(new QDateTimeEdit(this))
    , m_poll(new QGroupBox(tr("Add a poll"), this))
    , m_pollQuestion(new QLineEdit(m_poll))
    , m_pollOptions(new QPlainTextEdit(m_poll))
    , m_pollMultiple(new QCheckBox(tr("Members may pick several options"), m_poll))
    , m_pollCloses(new QCheckBox(tr("Voting closes at"), m_poll))
    , m_pollClosesAt(new QDateTimeEdit(m_poll))
    , m_waiting(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_delete(m_buttons->addButton(QString(), QDialogButtonBox::DestructiveRole))
{
    setWindowTitle(tr("Write a post"));
    resize(760, 720);
    m_title->setPlaceholderText(tr("Title"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas: cpp, qt"));
    for (Tier tier : {Tier::Free, Tier::Member, Tier::Premium}) {
        m_tier->addItem(tierDisplayName(tier), static_cast<int>(tier));
    }
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setPlaceholderText(tr("Write in Markdown. Code goes in ``` fences."));
    // Tab goes on to the next control (Ctrl+Tab would switch to the preview): code is pasted or
    // indented with spaces.
    m_body->setTabChangesFocus(true);
    m_tabs->addTab(m_body, tr("Write"));
    m_tabs->addTab(m_preview, tr("Preview"));
    for (QDateTimeEdit *edit : {m_publishAt, m_pollClosesAt}) {
        edit->setCalendarPopup(true);
        edit->setDateTime(QDateTime::currentDateTime().addSecs(3600));
        edit->setMinimumDateTime(QDateTime::currentDateTime());
        edit->setEnabled(false);
    }
    m_poll->setCheckable(true);
    m_poll->setChecked(false);
    m_pollQuestion->setPlaceholderText(tr("Question"));
    m_pollOptions->setPlaceholderText(tr("One option per line (2 to 10)"));
    m_pollOptions->setMaximumHeight(110);
    m_pollOptions->setTabChangesFocus(true);
    m_waiting->setMaximumHeight(90);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    theme::tint(m_error, {{QPalette::WindowText, theme::Role::Negative}});
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(tr("Who can read it:"), m_tier);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_featured);
    flags->addWidget(m_pinned);
    flags->addStretch();
    auto *when = new QHBoxLayout;
    when->addWidget(m_later);
    when->addWidget(m_publishAt);
    when->addStretch();
    auto *pollForm = new QFormLayout(m_poll);
    pollForm->addRow(tr("Question:"), m_pollQuestion);
    pollForm->addRow(tr("Options:"), m_pollOptions);
    pollForm->addRow(m_pollMultiple);
    auto *closes = new QHBoxLayout;
    closes->addWidget(m_pollCloses);
    closes->addWidget(m_pollClosesAt);
    closes->addStretch();
    pollForm->addRow(closes);
    auto *waitingLabel = new QLabel(tr("Waiting to go out:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(flags);
    layout->addLayout(when);
    layout->addWidget(m_poll);
    layout->addWidget(waitingLabel);
    layout->addWidget(m_waiting);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    waitingLabel->hide();
    m_waiting->hide();

    connect(m_later, &QCheckBox::toggled, m_publishAt, &QWidget::setEnabled);
    connect(m_later, &QCheckBox::toggled, this, &ArticleComposer::updatePublishText);
    connect(m_pollCloses, &QCheckBox::toggled, m_pollClosesAt, &QWidget::setEnabled);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1) {
            m_preview->setMarkdownSafely(m_body->toPlainText());
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ArticleComposer::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_publishing, &app::PublishingService::published, this, [this] {
        for (DraftBinding *draft : std::as_const(m_drafts)) {
            draft->sent();
        }
        accept();
    });
    connect(&m_publishing, &app::PublishingService::publishFailed, this, [this](const QString &message) {
        showError(message);
        publishButton()->setEnabled(true);
    });
    m_delete->hide();
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Delete article"),
            tr("Delete \u201c%1\u201d with its comments and likes? This cannot be undone.").arg(m_title->text()));
        if (answer == QMessageBox::Yes && m_editId > 0) {
            m_publishing.remove(m_editId);
        }
    });
    connect(&m_publishing, &app::PublishingService::deleted, this, [this](qint64 id) {
        if (id == m_editId) {
            accept();
        }
    });
    // A scheduled post opens for changing its time or text, or cancelling it.
    connect(m_waiting, &QListWidget::itemActivated, this, [this] {
        const int row = m_waiting->currentRow();
        if (row >= 0 && row < m_scheduled.size()) {
            editArticle(m_scheduled.at(row));
        }
    });
    connect(&m_publishing, &app::PublishingService::scheduledLoaded, this,
            [this, waitingLabel](const QList<protocol::Article> &articles) {
                m_scheduled = articles;
                m_waiting->clear();
                for (const protocol::Article &a : articles) {
                    m_waiting->addItem(tr("%1 · %2").arg(
                        QLocale().toString(a.publishedAt.toLocalTime(), QLocale::ShortFormat), a.title));
                }
                waitingLabel->setVisible(!articles.isEmpty());
                m_waiting->setVisible(!articles.isEmpty());
            });
    updatePublishText();
    m_publishing.loadScheduled();
}

QPushButton *ArticleComposer::publishButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ArticleComposer::updatePublishText()
{
    if (m_editId > 0) {
        publishButton()->setText(tr("Save changes"));
        return;
    }
    publishButton()->setText(m_later->isChecked() ? tr("Schedule") : tr("Publish"));
}

void ArticleComposer::setImages(app::ImageUploader &uploader, app::PictureCache &images)
{
    m_preview->setImages(&images);
    if (m_pictures) {
        return;
    }
    m_picture = m_buttons->addButton(tr("Insert picture…"), QDialogButtonBox::ActionRole);
    m_pictures = new PictureInserter(m_picture, m_body, uploader, [this](const QString &why) { showError(why); });
}

void ArticleComposer::insertPicture(const QString &path)
{
    if (m_pictures) {
        m_pictures->insert(path);
    }
}

void ArticleComposer::keepDraft(app::DraftService &drafts)
{
    const std::array<std::pair<DraftBinding *, QString>, 3> boxes{
        std::pair{new DraftBinding(m_title), u"post:new:title"_s},
        std::pair{new DraftBinding(m_tags), u"post:new:tags"_s}, std::pair{new DraftBinding(m_body), u"post:new"_s}};
    for (const auto &[draft, key] : boxes) {
        draft->setDrafts(drafts);
        draft->setKey(key);
        m_drafts.append(draft);
    }
}

void ArticleComposer::editArticle(const protocol::Article &article)
{
    m_editId = article.id;
    m_hadPoll = article.hasPoll;
    setWindowTitle(tr("Edit article"));
    m_title->setText(article.title);
    m_tags->setText(article.tags.join(u", "_s));
    m_tier->setCurrentIndex(qMax(0, m_tier->findData(static_cast<int>(article.requiredTier))));
    m_body->setPlainText(article.body);
    m_featured->setChecked(article.featured);
    m_pinned->setChecked(article.pinned);
    // Only a post still waiting can be given another time.
    m_later->setChecked(article.scheduled);
    m_later->setEnabled(article.scheduled);
    if (article.scheduled) {
        m_publishAt->setDateTime(article.publishedAt.toLocalTime());
    }
    // An article has one poll at most; the one it has stays as it is.
    m_poll->setChecked(false);
    m_poll->setEnabled(!article.hasPoll);
    m_delete->setText(tr("Delete…"));
    m_delete->show();
    updatePublishText();
}

protocol::ArticleInput ArticleComposer::draft() const
{
    protocol::ArticleInput d;
    d.title = m_title->text().trimmed();
    d.body = m_body->toPlainText();
    QStringList tags;
    for (const QString &tag : m_tags->text().split(u',')) {
        if (!tag.trimmed().isEmpty()) {
            tags.append(tag.trimmed().remove(u'#'));
        }
    }
    d.tags = tags;
    d.requiredTier = static_cast<Tier>(m_tier->currentData().toInt());
    d.featured = m_featured->isChecked();
    d.pinned = m_pinned->isChecked();
    if (m_later->isChecked()) {
        d.publishAt = m_publishAt->dateTime().toUTC();
    }
    if (m_poll->isChecked()) {
        protocol::PollDraft poll;
        poll.question = m_pollQuestion->text().trimmed();
        poll.options = nonEmptyLines(m_pollOptions->toPlainText());
        poll.multiple = m_pollMultiple->isChecked();
        if (m_pollCloses->isChecked()) {
            poll.closesAt = m_pollClosesAt->dateTime().toUTC();
        }
        d.poll = poll;
    }
    return d;
}

QString ArticleComposer::problem() const
{
    const protocol::ArticleInput d = draft();
    if (d.title->isEmpty()) {
        return tr("Give the post a title.");
    }
    if (d.body->trimmed().isEmpty()) {
        return tr("Write something in the post.");
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (d.publishAt && *d.publishAt <= now) {
        return tr("Choose a time in the future to publish at.");
    }
    if (d.poll) {
        QStringList distinct = d.poll->options;
        distinct.removeDuplicates();
        if (d.poll->question.isEmpty()) {
            return tr("Ask the poll's question.");
        }
        if (distinct.size() != d.poll->options.size() || d.poll->options.size() < 2 ||
            d.poll->options.size() > protocol::limits::PollOptionsMax) {
            return tr("A poll needs 2 to 10 different options, one per line.");
        }
        if (d.poll->closesAt.isValid() && d.poll->closesAt <= now) {
            return tr("Choose a time in the future for the poll to close.");
        }
    }
    return {};
}

void ArticleComposer::showError(const QString &why)
{
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
}

void ArticleComposer::submit()
{
    const QString why = problem();
    showError(why);
    if (!why.isEmpty()) {
        return;
    }
    publishButton()->setEnabled(false); // one post per click; enabled again if the server refuses
    if (m_editId > 0) {
        protocol::ArticleInput changes = draft();
        if (m_hadPoll) {
            changes.poll.reset();
        }
        m_publishing.edit(m_editId, changes);
        return;
    }
    m_publishing.publish(draft());
}

} // namespace guild::ui
