#include "pdf/pdftext.h"

#include <algorithm>
#include <cmath>

namespace cb::importers::pdf {

QString Line::text() const
{
    QStringList parts;
    for (const Cell &c : cells)
        parts << c.text;
    return parts.join(u' ');
}

std::vector<Line> linesOf(std::vector<Word> words, int page)
{
    std::vector<Line> lines;
    if (words.empty())
        return lines;
    std::vector<double> heights;
    for (const Word &w : words)
        heights.push_back(w.y1 - w.y0);
    std::nth_element(heights.begin(), heights.begin() + ptrdiff_t(heights.size() / 2), heights.end());
    const double median = std::max(1.0, heights[heights.size() / 2]);
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) { return (a.y0 + a.y1) < (b.y0 + b.y1); });
    std::vector<std::vector<Word>> groups;
    std::vector<double> centres;
    for (Word &w : words) {
        const double c = (w.y0 + w.y1) / 2;
        if (!groups.empty() && std::fabs(centres.back() - c) < median * 0.45) {
            groups.back().push_back(std::move(w));
        } else {
            groups.push_back({std::move(w)});
            centres.push_back(c);
        }
    }
    for (size_t g = 0; g < groups.size(); ++g) {
        auto &ws = groups[g];
        std::sort(ws.begin(), ws.end(), [](const Word &a, const Word &b) { return a.x0 < b.x0; });
        Line line;
        line.page = page;
        line.number = int(g) + 1;
        line.y = centres[g];
        for (const Word &w : ws) {
            const double gap = line.cells.empty() ? 1e9 : w.x0 - line.cells.back().x1;
            if (gap > median * 1.1) {
                line.cells.push_back({w.x0, w.x1, w.text});
            } else {
                Cell &c = line.cells.back();
                c.text += u' ' + w.text;
                c.x1 = std::max(c.x1, w.x1);
            }
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

QStringList columnsOf(const Line &line, const std::vector<Cell> &header)
{
    QStringList out(qsizetype(header.size()));
    for (const Cell &c : line.cells) {
        int best = -1;
        double bestOverlap = 0;
        for (size_t h = 0; h < header.size(); ++h) {
            const double overlap = std::min(c.x1, header[h].x1) - std::max(c.x0, header[h].x0);
            if (overlap > bestOverlap)
                bestOverlap = overlap, best = int(h);
        }
        if (best < 0) {
            // No header above it: text that runs on to the right of a left-aligned column belongs to
            // the column it started in (the nearest header to its left), else to the first column.
            double left = -1e18;
            for (size_t h = 0; h < header.size(); ++h)
                if (header[h].x0 <= c.x0 && header[h].x0 > left)
                    left = header[h].x0, best = int(h);
            if (best < 0)
                best = 0;
        }
        if (best >= 0)
            out[best] = out[best].isEmpty() ? c.text : out[best] + u' ' + c.text;
    }
    return out;
}

} // namespace cb::importers::pdf
