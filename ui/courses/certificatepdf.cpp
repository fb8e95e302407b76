#include "certificatepdf.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace guild::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("guild::ui::CertificatePdf", text);
}
} // namespace

bool writeCertificatePdf(const QString &path, const protocol::course::Certificate &certificate,
                         const QString &verifyUrl)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(300);
    pdf.setTitle(tr("Certificate of completion"));
    pdf.setCreator(u"Guild"_s);
    QPainter painter;
    if (!painter.begin(&pdf)) {
        return false;
    }
    const QRect page = painter.viewport();
    const int unit = page.height() / 40;
    painter.setPen(QPen(QColor(0x3f6fb5), unit / 4));
    painter.drawRect(page.adjusted(unit, unit, -unit, -unit));
    painter.setPen(QColor(0x222222));

    auto line = [&](const QString &text, double size, bool bold, int top) {
        QFont font(u"Noto Sans CJK SC"_s);
        font.setPointSizeF(size);
        font.setBold(bold);
        painter.setFont(font);
        painter.drawText(QRect(page.left(), top, page.width(), unit * 4), Qt::AlignCenter, text);
    };
    line(tr("Certificate of completion"), 30, true, unit * 6);
    line(tr("This certifies that"), 14, false, unit * 12);
    line(certificate.memberName, 26, true, unit * 15);
    line(tr("has completed the course"), 14, false, unit * 20);
    line(certificate.courseTitle, 22, true, unit * 23);
    line(QLocale().toString(certificate.issuedAt.toLocalTime().date(), QLocale::LongFormat), 12, false, unit * 29);
    line(tr("Certificate %1").arg(certificate.id), 10, false, unit * 33);
    line(tr("Verify at %1").arg(verifyUrl), 10, false, unit * 35);
    return painter.end();
}

} // namespace guild::ui
