#pragma once
// Positioned text of a PDF page turned into lines and cells: words are grouped into lines by their
// vertical centre, and a line is cut into cells where the gap between words is wider than about a
// character and a half. Pure geometry, independent of Poppler, so it can be tested on its own.
#include <QString>
#include <QStringList>
#include <vector>

namespace cb::importers::pdf {

struct Word
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    QString text;
};

struct Cell
{
    double x0 = 0, x1 = 0;
    QString text;
};

struct Line
{
    int page = 0;   // 1-based
    int number = 0; // 1-based, top to bottom within the page
    double y = 0;
    std::vector<Cell> cells;
    QString text() const; // cells joined by single spaces
};

std::vector<Line> linesOf(std::vector<Word> words, int page);

// Assigns the cells of a line to the columns of a header (by horizontal overlap, else by the nearest
// header), joining cells that fall into the same column.
QStringList columnsOf(const Line &line, const std::vector<Cell> &header);

} // namespace cb::importers::pdf
