#pragma once

#include "protocol/api/authoring.h"
#include "protocol/course.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace guild::ui {

/// A course's own fields as its author edits them: title, description, the tier it needs, a price
/// when it is also sold on its own, its cover picture and colour, and whether members see it yet.
class CourseForm final : public QWidget
{
    Q_OBJECT
public:
    explicit CourseForm(QWidget *parent = nullptr);

    void setCourse(const protocol::course::Course &course);
    protocol::CourseInput input() const;
    QLineEdit *titleEdit() const { return m_title; }
    QCheckBox *publishedBox() const { return m_published; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *chooseCoverButton() const { return m_chooseCover; }
    QPushButton *removeCoverButton() const { return m_removeCover; }
    /// Shows the course's cover picture (null: none yet, or none at all).
    void setCoverPreview(const QImage &cover);
    /// Prepares the picture in `file` as a cover (as the Choose button does after its file dialog).
    void useCoverFile(const QString &file);

Q_SIGNALS:
    void saveRequested();
    /// A picture was chosen and made small enough: the bytes to upload.
    void coverChosen(const QByteArray &bytes);
    void coverRemoveRequested();
    /// The chosen file is not a picture Guild can read (or cannot be made small enough).
    void coverUnreadable();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QFormLayout *m_form;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_tier;
    QDoubleSpinBox *m_price;
    QLineEdit *m_color;
    QLabel *m_cover;
    QPushButton *m_chooseCover;
    QPushButton *m_removeCover;
    bool m_hasCover = false;
    QCheckBox *m_published;
    QPushButton *m_save;
    std::array<QLabel *, 6> m_labels{};
};

} // namespace guild::ui
