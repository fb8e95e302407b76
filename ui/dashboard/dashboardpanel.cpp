#include "dashboardpanel.h"

#include "common/formatting.h"
#include "dashboardcharts.h"
#include "kpitile.h"
#include "models/contenttablemodel.h"
#include "models/reportcsv.h"
#include "myactivityview.h"
#include "services/dashboardservice.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace guild::ui {

using namespace protocol::analytics;

namespace {

// The weights span orders of magnitude (α near 1, β and γ near 1000): the sliders are logarithmic,
// from 0.001 to 1,000,000, 20 steps a decade.
constexpr int SliderMax = 180;

double sliderToWeight(int position)
{
    return std::pow(10.0, position / 20.0 - 3);
}

int weightToSlider(double weight)
{
    return weight <= 0 ? 0 : std::clamp(int(std::lround((std::log10(weight) + 3) * 20)), 0, SliderMax);
}

std::optional<double> change(double now, double before)
{
    if (before == 0) {
        return std::nullopt;
    }
    return (now - before) / std::abs(before);
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + u'%';
}

} // namespace

DashboardPanel::DashboardPanel(app::DashboardService &dashboard, QWidget *parent)
    : QWidget(parent)
    , m_dashboard(dashboard)
    , m_tabs(new QTabWidget(this))
    , m_cohortModel(new models::CohortTableModel(this))
    , m_contentModel(new models::ContentTableModel(this))
    , m_mine(new MyActivityView(this))
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_community = buildCommunity();
    scroll->setWidget(m_community);
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_mine, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_tabs);

    connect(&m_dashboard, &app::DashboardService::reportLoaded, this, &DashboardPanel::showReport);
    connect(&m_dashboard, &app::DashboardService::failed, this, [this](const QString &message) {
        m_status->setText(message);
        Q_EMIT notice(message);
    });
    connect(&m_dashboard, &app::DashboardService::myActivityLoaded, this, [this](const QList<MyDay> &days) {
        const QDate to = QDateTime::currentDateTimeUtc().date();
        m_mine->showDays(to.addDays(-29), to, days);
    });
    connect(&m_dashboard, &app::DashboardService::weightsSaved, this, [this](const Weights &w) {
        Q_EMIT notice(tr("Saved as the community's weights (version %1).").arg(w.version));
        m_report.weights = w;
        retranslate();
        rescore(); // the shown weights are the saved ones now
    });
    setAdmin(false);
    retranslate();
}

QWidget *DashboardPanel::buildCommunity()
{
    auto *page = new QWidget;
    m_from = new QDateEdit(page);
    m_to = new QDateEdit(page);
    m_preset = new QComboBox(page);
    m_granularity = new QComboBox(page);
    m_refresh = new QPushButton(page);
    m_csv = new QPushButton(page);
    m_png = new QPushButton(page);
    m_status = new QLabel(page);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        // Room for the longest date the locale writes, and the popup's arrow.
        edit->setMinimumWidth(
            edit->fontMetrics().horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), edit->displayFormat())) + 48);
        edit->setMaximumDate(today.addDays(1));
    }
    m_to->setDate(today);
    m_from->setDate(today.addDays(-29));
    for (int days : {7, 30, 90, 365, 0}) { // 0: a range of the member's own
        m_preset->addItem(QString(), days);
    }
    m_preset->setCurrentIndex(1);
    for (const QString &g : {u"day"_s, u"week"_s, u"month"_s}) {
        m_granularity->addItem(QString(), g);
    }
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_preset);
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(u"–"_s, page));
    controls->addWidget(m_to);
    controls->addWidget(m_granularity);
    controls->addWidget(m_refresh);
    controls->addStretch();
    controls->addWidget(m_csv);
    controls->addWidget(m_png);

    m_tilesCaption = new QLabel(page);
    m_tilesCaption->setTextFormat(Qt::PlainText);
    m_tilesCaption->setForegroundRole(QPalette::PlaceholderText);
    auto *tiles = new QHBoxLayout;
    for (KpiTile *&tile : m_tiles) {
        tile = new KpiTile(page);
        tiles->addWidget(tile);
    }
    m_activityChart = new ActivityChart(page);
    m_reachChart = new ReachChart(page);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_activityChart, 3);
    charts->addWidget(m_reachChart, 2);

    m_cohorts = new QTableView(page);
    m_cohorts->setModel(m_cohortModel);
    m_cohorts->setItemDelegate(new CohortDelegate(m_cohorts));
    m_cohorts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_cohorts->setMinimumHeight(200);
    // Arrows move between cells; Tab goes on (it would stay in the table).
    m_cohorts->setTabKeyNavigation(false);
    m_content = new QTableView(page);
    m_content->setModel(m_contentModel);
    m_content->setTabKeyNavigation(false);
    m_content->horizontalHeader()->setSectionResizeMode(models::ContentTableModel::Title, QHeaderView::Stretch);
    m_content->verticalHeader()->hide();
    m_content->setMinimumHeight(200);
    m_contentOrder = new QComboBox(page);
    m_contentOrder->addItem(QString());
    m_contentOrder->addItem(QString());
    m_cohortTitle = new QLabel(page);
    m_contentTitle = new QLabel(page);
    m_funnelTitle = new QLabel(page);
    auto *funnel = new QGridLayout;
    for (int i = 0; i < 4; ++i) {
        m_funnelNames[i] = new QLabel(page);
        m_funnel[i] = new QProgressBar(page);
        m_funnel[i]->setRange(0, 1000);
        funnel->addWidget(m_funnelNames[i], i, 0);
        funnel->addWidget(m_funnel[i], i, 1);
    }
    auto *bottom = new QGridLayout;
    bottom->addWidget(m_cohortTitle, 0, 0);
    bottom->addWidget(m_cohorts, 1, 0);
    auto *contentHead = new QHBoxLayout;
    contentHead->addWidget(m_contentTitle);
    contentHead->addStretch();
    contentHead->addWidget(m_contentOrder);
    bottom->addLayout(contentHead, 0, 1);
    bottom->addWidget(m_content, 1, 1);
    bottom->addWidget(m_funnelTitle, 2, 0);
    bottom->addLayout(funnel, 3, 0);
    bottom->addWidget(buildWhatIf(), 2, 1, 2, 1);
    bottom->setColumnStretch(0, 1);
    bottom->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_tilesCaption);
    layout->addLayout(tiles);
    layout->addLayout(charts, 1);
    layout->addLayout(bottom);

    const auto matchPreset = [this] {
        const int days = int(m_from->date().daysTo(m_to->date())) + 1;
        const int preset = m_preset->findData(days);
        m_preset->setCurrentIndex(preset >= 0 ? preset : m_preset->count() - 1);
    };
    connect(m_from, &QDateEdit::dateChanged, this, matchPreset);
    connect(m_to, &QDateEdit::dateChanged, this, matchPreset);
    connect(m_preset, &QComboBox::activated, this, [this] {
        if (m_preset->currentData().toInt() == 0) {
            return; // custom: the dates say it
        }
        m_from->setDate(m_to->date().addDays(1 - m_preset->currentData().toInt()));
        m_granularity->setCurrentIndex(
            m_preset->currentData().toInt() > 90 ? 2 : (m_preset->currentData().toInt() > 30 ? 1 : 0));
        refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPanel::refresh);
    connect(m_granularity, &QComboBox::activated, this, &DashboardPanel::refresh);
    connect(m_contentOrder, &QComboBox::currentIndexChanged, this, [this](int order) {
        m_contentModel->setItems(order == 0 ? m_report.topByReading : m_report.topByCompletion);
    });
    connect(m_csv, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export as CSV"), tr("guild-activity.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty()) {
            exportCsv(path);
        }
    });
    connect(m_png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export as PNG"), tr("guild-dashboard.png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty()) {
            exportPng(path);
        }
    });
    return page;
}

QWidget *DashboardPanel::buildWhatIf()
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_whatIfTitle = new QLabel(box);
    grid->addWidget(m_whatIfTitle, 0, 0, 1, 3);
    for (int i = 0; i < 3; ++i) {
        m_weightNames[i] = new QLabel(box);
        m_sliders[i] = new QSlider(Qt::Horizontal, box);
        m_sliders[i]->setRange(0, SliderMax);
        m_spins[i] = new QDoubleSpinBox(box);
        m_spins[i]->setRange(0, 1e6);
        m_spins[i]->setDecimals(3);
        grid->addWidget(m_weightNames[i], i + 1, 0);
        grid->addWidget(m_sliders[i], i + 1, 1);
        grid->addWidget(m_spins[i], i + 1, 2);
        connect(m_sliders[i], &QSlider::valueChanged, this, [this, i](int position) {
            if (weightToSlider(m_spins[i]->value()) != position) {
                m_spins[i]->setValue(sliderToWeight(position));
            }
        });
        connect(m_spins[i], &QDoubleSpinBox::valueChanged, this, [this, i](double value) {
            const QSignalBlocker block(m_sliders[i]);
            m_sliders[i]->setValue(weightToSlider(value));
            rescore();
        });
    }
    m_saveWeights = new QPushButton(box);
    m_resetWeights = new QPushButton(box);
    m_weightsInfo = new QLabel(box);
    m_weightsInfo->setTextFormat(Qt::PlainText);
    m_weightsInfo->setWordWrap(true);
    m_weightsInfo->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resetWeights);
    buttons->addWidget(m_saveWeights);
    grid->addLayout(buttons, 4, 0, 1, 3);
    grid->addWidget(m_weightsInfo, 5, 0, 1, 3);
    connect(m_saveWeights, &QPushButton::clicked, this, [this] {
        const scoring::ActivityWeights w = weights();
        m_dashboard.saveWeights(w.alpha, w.beta, w.gamma);
    });
    connect(m_resetWeights, &QPushButton::clicked, this, [this] {
        setWeights({m_report.weights.alpha, m_report.weights.beta, m_report.weights.gamma});
    });
    return box;
}

void DashboardPanel::setAdmin(bool admin)
{
    m_admin = admin;
    m_tabs->setTabVisible(0, admin);
    m_tabs->setCurrentIndex(admin ? 0 : 1);
    m_loaded = false;
    if (isVisible()) {
        refresh();
    }
}

void DashboardPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        refresh();
    }
}

void DashboardPanel::refresh()
{
    m_loaded = true;
    const QDate to = QDateTime::currentDateTimeUtc().date();
    m_dashboard.loadMyActivity(to.addDays(-29), to);
    if (!m_admin) {
        return;
    }
    if (m_from->date() > m_to->date()) {
        m_from->setDate(m_to->date());
    }
    m_status->setText(tr("Loading…"));
    m_dashboard.loadReport(m_from->date(), m_to->date(), m_granularity->currentData().toString());
}

void DashboardPanel::setRange(const QDate &from, const QDate &to, const QString &granularity)
{
    m_from->setDate(from);
    m_to->setDate(to);
    m_granularity->setCurrentIndex(m_granularity->findData(granularity));
}

void DashboardPanel::showReport(const Report &report)
{
    m_report = report;
    m_status->clear();
    m_cohortModel->setCohorts(report.cohorts);
    m_contentModel->setItems(m_contentOrder->currentIndex() == 0 ? report.topByReading : report.topByCompletion);
    setWeights({report.weights.alpha, report.weights.beta, report.weights.gamma});
    rescore(); // setWeights may not have changed anything, but the report has
    m_reachChart->showReport(report);
    updateFunnel();
    retranslate();
}

void DashboardPanel::setWeights(const scoring::ActivityWeights &w)
{
    const double values[] = {w.alpha, w.beta, w.gamma};
    for (int i = 0; i < 3; ++i) {
        const QSignalBlocker block(m_spins[i]);
        m_spins[i]->setValue(values[i]);
        const QSignalBlocker blockSlider(m_sliders[i]);
        m_sliders[i]->setValue(weightToSlider(values[i]));
    }
    rescore();
}

scoring::ActivityWeights DashboardPanel::weights() const
{
    return {m_spins[0]->value(), m_spins[1]->value(), m_spins[2]->value()};
}

void DashboardPanel::rescore()
{
    m_scores = scoring::activityOver(m_report.periods, weights());
    m_activityChart->showReport(m_report, m_scores, weights());
    updateTiles();
    const scoring::ActivityWeights w = weights();
    m_saveWeights->setEnabled(m_admin && (w.alpha != m_report.weights.alpha || w.beta != m_report.weights.beta ||
                                          w.gamma != m_report.weights.gamma));
}

void DashboardPanel::updateTiles()
{
    const qsizetype n = m_report.periods.size();
    if (n == 0) {
        for (KpiTile *tile : m_tiles) {
            tile->setValue(u"–"_s, std::nullopt, QString());
        }
        m_tilesCaption->clear();
        return;
    }
    // The headline figures summarise the whole chosen range against the range of the same length before
    // it; from a server that does not send the range's totals, the last complete period against the one
    // before (the last is usually today, still filling up).
    const QLocale locale;
    const auto span = [&locale](const PeriodFigures &f) {
        return f.start == f.end ? locale.toString(f.start, QLocale::ShortFormat)
                                : tr("%1 – %2").arg(locale.toString(f.start, QLocale::ShortFormat),
                                                    locale.toString(f.end, QLocale::ShortFormat));
    };
    PeriodFigures now;
    std::optional<PeriodFigures> earlier;
    if (m_report.total) {
        now = *m_report.total;
        earlier = m_report.previousTotal;
        m_tilesCaption->setText(earlier ? tr("%1, against %2").arg(span(now), span(*earlier)) : span(now));
    } else {
        const bool lastIsOpen = m_report.periods.last().end >= QDate::currentDate() && n > 1;
        const qsizetype at = lastIsOpen ? n - 2 : n - 1;
        now = m_report.periods.at(at);
        if (at > 0) {
            earlier = m_report.periods.at(at - 1);
        }
        m_tilesCaption->setText(tr("The last complete period, %1, against the one before").arg(span(now)));
    }
    const QList<scoring::ActivityScore> scores =
        scoring::activityOver(earlier ? QList<PeriodFigures>{now, *earlier} : QList<PeriodFigures>{now}, weights());
    const scoring::ActivityScore score = scores.value(0);
    const scoring::ActivityScore prior = scores.value(1);
    const PeriodFigures *before = earlier ? &*earlier : nullptr;
    auto moved = [before](double a, double b) { return before ? change(a, b) : std::nullopt; };
    m_tiles[ActivityTile]->setValue(locale.toString(score.activity, 'f', 0), moved(score.activity, prior.activity),
                                    tr("A = αP + βC + γB over %1").arg(span(now)));
    m_tiles[ParticipationTile]->setValue(
        locale.toString(score.participation, 'f', 1), moved(score.participation, prior.participation),
        tr("P = N × T × p × C = %1 × %2 h × %3 × %4")
            .arg(now.members)
            .arg(locale.toString(now.hoursPerDay, 'f', 3), locale.toString(now.consumingShare, 'f', 3),
                 locale.toString(now.quality, 'f', 3)));
    m_tiles[QualityTile]->setValue(
        percent(now.quality), moved(now.quality, before ? before->quality : 0),
        tr("%1 finished and %2 liked of %3 reads").arg(now.completions).arg(now.likes).arg(now.reads));
    m_tiles[MonetisationTile]->setValue(percent(now.monetisation),
                                        moved(now.monetisation, before ? before->monetisation : 0),
                                        tr("%1 paying of %2 members").arg(now.payers).arg(now.members));
    m_tiles[StickinessTile]->setValue(percent(now.stickiness()),
                                      moved(now.stickiness(), before ? before->stickiness() : 0),
                                      tr("DAU %1 / MAU %2").arg(locale.toString(now.dau, 'f', 1)).arg(now.mau));
    m_tiles[MrrTile]->setValue(moneyText(now.mrrCents, m_report.currency),
                               moved(now.mrrCents, before ? before->mrrCents : 0),
                               tr("Revenue in the period: %1").arg(moneyText(now.revenueCents, m_report.currency)));
}

void DashboardPanel::updateFunnel()
{
    // Over the whole range where the server says; the last period from an older one.
    const PeriodFigures last = m_report.total               ? *m_report.total
                               : m_report.periods.isEmpty() ? PeriodFigures{}
                                                            : m_report.periods.last();
    const double steps[] = {last.members, last.mau, last.consumers, last.payers};
    for (int i = 0; i < 4; ++i) {
        const double share = last.members > 0 ? steps[i] / last.members : 0;
        m_funnel[i]->setValue(int(std::lround(share * 1000)));
        m_funnel[i]->setFormat(tr("%1 · %2").arg(steps[i]).arg(percent(share)));
    }
}

void DashboardPanel::exportCsv(const QString &path)
{
    const QString csv = models::reportCsv(m_report, m_scores);
    writeInBackground(path, [csv](const QString &target) {
        QSaveFile file(target);
        return file.open(QIODevice::WriteOnly) && file.write(csv.toUtf8()) >= 0 && file.commit();
    });
}

void DashboardPanel::exportPng(const QString &path)
{
    const QImage image = m_community->grab().toImage(); // painting stays on the GUI thread; the disk does not
    writeInBackground(path, [image](const QString &target) { return image.save(target, "PNG"); });
}

void DashboardPanel::writeInBackground(const QString &path, std::function<bool(const QString &)> write)
{
    QPointer<DashboardPanel> self(this);
    QThreadPool::globalInstance()->start([self, path, write] {
        const bool ok = write(path);
        QMetaObject::invokeMethod(qApp, [self, path, ok] {
            if (self) {
                Q_EMIT self->exported(path, ok);
                Q_EMIT self->notice(ok ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                                       : tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
            }
        });
    });
}

QString DashboardPanel::tilesCaption() const
{
    return m_tilesCaption->text();
}

QString DashboardPanel::statusText() const
{
    return m_status->text();
}

void DashboardPanel::retranslate()
{
    m_tabs->setTabText(0, tr("Community"));
    m_tabs->setTabText(1, tr("My activity"));
    m_tabs->setAccessibleName(tr("Community figures and my activity"));
    const QStringList presets{tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("Last 365 days"),
                              tr("Custom range")};
    for (int i = 0; i < presets.size(); ++i) {
        m_preset->setItemText(i, presets[i]);
    }
    m_granularity->setItemText(0, tr("By day"));
    m_granularity->setItemText(1, tr("By week"));
    m_granularity->setItemText(2, tr("By month"));
    m_refresh->setText(tr("Refresh"));
    m_csv->setText(tr("Export CSV…"));
    m_png->setText(tr("Export PNG…"));
    const QStringList tiles{tr("Activity A"),     tr("Participation P"), tr("Content quality C"),
                            tr("Monetisation B"), tr("DAU / MAU"),       tr("MRR")};
    for (int i = 0; i < TileCount; ++i) {
        m_tiles[i]->setTitle(tiles[i]);
    }
    m_cohortTitle->setText(tr("Weekly retention by join week"));
    m_contentTitle->setText(tr("Top content"));
    m_contentOrder->setItemText(0, tr("By reading time"));
    m_contentOrder->setItemText(1, tr("By completions"));
    m_funnelTitle->setText(tr("Conversion funnel"));
    const QStringList funnel{tr("Members"), tr("Active (30 days)"), tr("Read or learned"), tr("Paying")};
    for (int i = 0; i < 4; ++i) {
        m_funnelNames[i]->setText(funnel[i]);
    }
    m_whatIfTitle->setText(tr("What if: weights of A = αP + βC + γB"));
    m_weightNames[0]->setText(tr("α (participation)"));
    m_weightNames[1]->setText(tr("β (quality)"));
    m_weightNames[2]->setText(tr("γ (monetisation)"));
    m_saveWeights->setText(tr("Save as community weights"));
    m_resetWeights->setText(tr("Back to saved"));
    const Weights &w = m_report.weights;
    m_weightsInfo->setText(
        w.version > 0
            ? tr("Saved weights: version %1%2")
                  .arg(w.version)
                  .arg(w.setBy.isEmpty()
                           ? QString()
                           : tr(", set by %1 on %2")
                                 .arg(w.setBy, QLocale().toString(w.setAt.toLocalTime().date(), QLocale::ShortFormat)))
            : QString());
}

void DashboardPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateTiles();
    }
    QWidget::changeEvent(event);
}

} // namespace guild::ui
