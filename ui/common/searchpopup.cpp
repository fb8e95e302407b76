#include "searchpopup.h"

#include "models/searchresultmodel.h"
#include "services/searchservice.h"

#include <QAbstractTextDocumentLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guild::ui {

using models::SearchHit;
using models::SearchResultModel;

namespace {

constexpr int Pad = 8;

/// The snippet as rich text of our own making: the member's text escaped, the matched words bold.
QString snippetHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(models::SnippetOpen), u"<b>"_s).replace(QChar(models::SnippetClose), u"</b>"_s);
    html.replace(u'\n', u' ');
    return html;
}

/// What a hit says on its right: what it is when its group holds several kinds, when it was written,
/// and whether it is found online only or locked.
QString hitLabel(const QModelIndex &index)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("guild::ui::SearchPopup", text); };
    const auto kind = static_cast<SearchHit::Kind>(index.data(SearchResultModel::KindRole).toInt());
    const QDateTime at = index.data(SearchResultModel::AtRole).toDateTime();
    QStringList parts;
    switch (kind) {
    case SearchHit::Kind::Lesson:
        parts << tr("lesson");
        break;
    case SearchHit::Kind::Course:
        parts << tr("course");
        break;
    case SearchHit::Kind::Question:
        parts << tr("question");
        break;
    case SearchHit::Kind::Answer:
        parts << tr("answer");
        break;
    case SearchHit::Kind::Comment:
        parts << tr("comment");
        break;
    case SearchHit::Kind::Event:
        parts << tr("event");
        break;
    case SearchHit::Kind::Member:
        parts << tr("send a message");
        break;
    case SearchHit::Kind::Article:
    case SearchHit::Kind::Message:
        break;
    }
    const bool dated =
        kind != SearchHit::Kind::Lesson && kind != SearchHit::Kind::Course && kind != SearchHit::Kind::Member;
    if (dated && at.isValid() && at.toMSecsSinceEpoch() > 0) {
        parts << QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    }
    if (index.data(SearchResultModel::LockedRole).toBool()) {
        parts << tr("for members");
    }
    if (index.data(SearchResultModel::OnlineRole).toBool()) {
        parts << tr("online");
    }
    return parts.join(u" · "_s);
}

/// Paints a heading ("Articles · 12") or a hit: its title and time, and its passage below.
class SearchHitDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics fm(option.font);
        if (index.data(SearchResultModel::HeadingRole).toBool()) {
            return {0, fm.height() + Pad + 4};
        }
        return {0, fm.height() + fm.lineSpacing() * 2 + Pad * 2}; // as wide as the view
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
        painter->save();
        const QRect r = option.rect.adjusted(Pad * 2, Pad / 2, -Pad * 2, -Pad / 2);
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &pal = option.palette;
        QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor muted = text;
        muted.setAlphaF(0.6);
        QFont bold = option.font;
        bold.setBold(true);
        if (index.data(SearchResultModel::HeadingRole).toBool()) {
            const int count = index.data(Qt::DisplayRole).toInt();
            const auto group = static_cast<SearchResultModel::Group>(index.data(SearchResultModel::GroupRole).toInt());
            const char *source =
                group == SearchResultModel::Group::Articles
                    ? QT_TRANSLATE_N_NOOP("guild::ui::SearchPopup", "Articles · %n")
                : group == SearchResultModel::Group::Courses
                    ? QT_TRANSLATE_N_NOOP("guild::ui::SearchPopup", "Courses and lessons · %n")
                : group == SearchResultModel::Group::Messages
                    ? QT_TRANSLATE_N_NOOP("guild::ui::SearchPopup", "Chat messages · %n")
                : group == SearchResultModel::Group::Community
                    ? QT_TRANSLATE_N_NOOP("guild::ui::SearchPopup", "Questions, answers, comments and events · %n")
                : group == SearchResultModel::Group::Elsewhere
                    ? QT_TRANSLATE_N_NOOP("guild::ui::SearchPopup", "Articles in your other communities · %n")
                    : QT_TRANSLATE_N_NOOP("guild::ui::SearchPopup", "Members · %n");
            const QString label = QCoreApplication::translate("guild::ui::SearchPopup", source, nullptr, count);
            painter->setFont(bold);
            painter->setPen(muted);
            painter->drawText(r, Qt::AlignLeft | Qt::AlignBottom, label);
            painter->restore();
            return;
        }
        const QFontMetrics fm(option.font);
        const QString when = hitLabel(index);
        const int whenWidth = fm.horizontalAdvance(when) + Pad;
        painter->setPen(muted);
        painter->setFont(option.font);
        painter->drawText(QRect(r.right() - whenWidth, r.top(), whenWidth, fm.height()), Qt::AlignRight, when);
        painter->setFont(bold);
        painter->setPen(text);
        const QString title = index.data(SearchResultModel::TitleRole).toString();
        painter->drawText(QRect(r.left(), r.top(), r.width() - whenWidth, fm.height()), Qt::AlignLeft,
                          QFontMetrics(bold).elidedText(title, Qt::ElideRight, r.width() - whenWidth));
        // The passage: at most two lines, the matched words bold.
        QTextDocument passage;
        passage.setDefaultFont(option.font);
        passage.setDocumentMargin(0);
        passage.setHtml(snippetHtml(index.data(SearchResultModel::SnippetRole).toString()));
        passage.setTextWidth(r.width());
        painter->translate(r.left(), r.top() + fm.height() + 2);
        const QRect clip(0, 0, r.width(), fm.lineSpacing() * 2);
        painter->setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = pal;
        context.palette.setColor(QPalette::Text, text);
        context.clip = clip;
        passage.documentLayout()->draw(painter, context);
        painter->restore();
    }
};

} // namespace

SearchPopup::SearchPopup(app::SearchService &search, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_search(search)
    , m_input(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_digest(new QCheckBox(this))
    , m_results(new QListView(this))
    , m_status(new QLabel(this))
    , m_model(new SearchResultModel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_input->setClearButtonEnabled(true);
    QFont big = m_input->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_input->setFont(big);
    m_input->installEventFilter(this);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchHitDelegate(m_results));
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setFocusPolicy(Qt::NoFocus); // the keys stay in the box; arrows move the choice
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    for (int i = 0; i < 5; ++i) {
        m_scope->addItem(QString());
    }
    for (int i = 0; i < 4; ++i) {
        m_period->addItem(QString());
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_period);
    filters->addWidget(m_digest);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Pad, Pad, Pad, Pad);
    layout->addWidget(m_input);
    layout->addLayout(filters);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    connect(m_input, &QLineEdit::textEdited, this, &SearchPopup::runSearch);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SearchPopup::runSearch);
    connect(m_period, &QComboBox::currentIndexChanged, this, &SearchPopup::runSearch);
    connect(m_digest, &QCheckBox::toggled, this, &SearchPopup::runSearch);
    connect(&m_search, &app::SearchService::resultsReady, this,
            [this](const QString &text, const models::SearchResults &results) {
                if (text != m_input->text()) {
                    return; // an answer for text no longer in the box
                }
                // The server's answer adds below: the choice stays where the member put it.
                const SearchHit *chosen = m_model->hitAt(m_results->currentIndex().row());
                const std::optional<SearchHit> kept = chosen ? std::optional(*chosen) : std::nullopt;
                m_model->setResults(results);
                m_serverPending = results.serverPending;
                m_serverAnswered = results.serverAnswered;
                showResults(kept);
            });
    connect(m_results, &QListView::clicked, this, [this](const QModelIndex &index) { openRow(index.row()); });
    // While an upgraded cache's index fills, older items may be missing: the box says so.
    app::SearchIndexer &indexer = m_search.indexer();
    connect(&indexer, &app::SearchIndexer::progress, this, [this](qint64 done, qint64 total) {
        m_indexedPercent = total > 0 ? static_cast<int>(done * 100 / total) : m_indexedPercent;
        showResults();
    });
    for (auto end : {&app::SearchIndexer::finished, &app::SearchIndexer::cancelled}) {
        connect(&indexer, end, this, [this] {
            m_indexedPercent = -1;
            showResults();
        });
    }
    retranslate();
}

models::SearchFilter SearchPopup::filter() const
{
    models::SearchFilter f;
    f.scope = static_cast<models::SearchFilter::Scope>(m_scope->currentIndex());
    f.digestOnly = m_digest->isChecked();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_period->currentIndex()) {
    case 1:
        f.since = now.addDays(-7);
        break;
    case 2:
        f.since = now.addMonths(-1);
        break;
    case 3:
        f.since = now.addYears(-1);
        break;
    default:
        break;
    }
    return f;
}

void SearchPopup::runSearch()
{
    // The digest is a choice among articles: it has no meaning for courses or chat.
    const auto scope = static_cast<models::SearchFilter::Scope>(m_scope->currentIndex());
    m_digest->setEnabled(scope == models::SearchFilter::Scope::Everything ||
                         scope == models::SearchFilter::Scope::Articles);
    m_search.search(m_input->text(), filter());
}

void SearchPopup::popUp(QWidget *window)
{
    const int width = qMin(720, window->width() - 80);
    const QPoint topCentre = window->mapToGlobal(QPoint((window->width() - width) / 2, 60));
    setGeometry(QRect(topCentre, QSize(width, qMin(560, window->height() - 120))));
    show();
    m_input->setFocus(Qt::PopupFocusReason);
    m_input->selectAll();
}

void SearchPopup::showResults(const std::optional<SearchHit> &keep)
{
    const int first = m_model->firstHitRow();
    int chosen = first;
    for (int row = 0; keep && row < m_model->rowCount(); ++row) {
        const SearchHit *hit = m_model->hitAt(row);
        if (hit && hit->kind == keep->kind && hit->id == keep->id && hit->containerId == keep->containerId) {
            chosen = row;
            break;
        }
    }
    if (chosen >= 0) {
        m_results->setCurrentIndex(m_model->index(chosen));
    }
    const bool typed = !m_input->text().trimmed().isEmpty();
    const QString text = m_input->text().trimmed();
    const QString state =
        !typed ? tr("Searches articles, courses, lessons and chat messages, offline too; online also questions, "
                    "answers, comments and events. ↑↓ choose, Enter opens.")
        : m_serverPending  ? (first < 0 ? tr("Nothing cached matches “%1”; asking the server…").arg(text)
                                        : tr("Asking the server for more… ↑↓ choose, Enter opens."))
        : first >= 0       ? tr("↑↓ choose, Enter opens, Esc closes.")
        : m_serverAnswered ? tr("Nothing matches “%1”.").arg(text)
                           : tr("Nothing cached matches “%1”.").arg(text);
    m_status->setText(m_indexedPercent < 0
                          ? state
                          : tr("The search index is still being built (%1 %): some older items are not found yet.")
                                    .arg(m_indexedPercent) +
                                u' ' + state);
}

void SearchPopup::openRow(int row)
{
    const SearchHit *hit = m_model->hitAt(row);
    if (!hit) {
        return;
    }
    const SearchHit chosen = *hit;
    hide();
    if (!chosen.community.isEmpty()) {
        Q_EMIT elsewhereChosen(chosen.community, chosen.id); // an article of another community
        return;
    }
    switch (chosen.kind) {
    case SearchHit::Kind::Article:
        Q_EMIT articleChosen(chosen.id);
        break;
    case SearchHit::Kind::Message:
        Q_EMIT messageChosen(chosen.containerId, chosen.id);
        break;
    case SearchHit::Kind::Course:
        Q_EMIT courseChosen(chosen.id);
        break;
    case SearchHit::Kind::Lesson:
        Q_EMIT lessonChosen(chosen.containerId, chosen.id);
        break;
    case SearchHit::Kind::Comment:
        Q_EMIT articleChosen(chosen.containerId);
        break;
    case SearchHit::Kind::Question:
        Q_EMIT questionChosen(chosen.id);
        break;
    case SearchHit::Kind::Answer:
        Q_EMIT questionChosen(chosen.containerId);
        break;
    case SearchHit::Kind::Event:
        Q_EMIT eventChosen(chosen.id);
        break;
    case SearchHit::Kind::Member:
        Q_EMIT memberChosen(chosen.key);
        break;
    }
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_results->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            const int next = m_model->nextHitRow(row, key->key() == Qt::Key_Down ? 1 : -1);
            if (next >= 0) {
                m_results->setCurrentIndex(m_model->index(next));
                m_results->scrollTo(m_model->index(next));
            }
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openRow(row);
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void SearchPopup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

void SearchPopup::retranslate()
{
    m_input->setPlaceholderText(
        tr("Search everything: articles, courses, chat… (Chinese, English, code; #tag and from:name narrow it)"));
    const QStringList scopes{tr("Everything"), tr("Articles"), tr("Courses and lessons"), tr("Chat"),
                             tr("Q&A, comments and events")};
    const QStringList periods{tr("Any time"), tr("Past week"), tr("Past month"), tr("Past year")};
    for (int i = 0; i < scopes.size(); ++i) {
        m_scope->setItemText(i, scopes.at(i));
    }
    for (int i = 0; i < periods.size(); ++i) {
        m_period->setItemText(i, periods.at(i));
    }
    m_digest->setText(tr("Digest only"));
    showResults();
}

} // namespace guild::ui
