namespace Ingestion.Parser.Core;

/// <summary>
/// "Mortgage Rates" / "30-year fixed 4.49%" / "15-year fixed 3.52%" / "5/1 ARM 3.18%" / "Rates as of Sept. 27, 2013": a
/// rates widget beside a real-estate or business story, rows of a product and its rate. A block of short lines holding
/// two such rows is the widget, its heading and date line included, no paragraph of the story.
/// </summary>
internal static class RateTableBox
{
    private const int MaxLineLength = 50;

    /// <summary>How many lines the widget runs to on either side of the line asked.</summary>
    private const int Reach = 8;

    public static bool Is(PageLines lines, int index)
    {
        if (lines[index].Text.Length > MaxLineLength)
        {
            return false;
        }

        var first = index;
        while (first > 0 && index - first < Reach && !lines[first - 1].IsBlank && lines[first - 1].Text.Length <= MaxLineLength)
        {
            first--;
        }

        var rows = 0;
        for (var i = first; i < lines.Count && i - first <= 2 * Reach && !lines[i].IsBlank && lines[i].Text.Length <= MaxLineLength; i++)
        {
            if (IsRateRow(lines[i].Text))
            {
                rows++;
            }
        }

        return rows >= 2;
    }

    /// <summary>"30-year fixed 4.49%", "5/1 ARM 3.18%": a product named with a number, then a rate with decimals.</summary>
    public static bool IsRateRow(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length < 6 || text[^1] != '%' || !char.IsDigit(text[0]))
        {
            return false;
        }

        var space = text.LastIndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        var rate = text[(space + 1)..^1];
        return rate.Contains('.') && decimal.TryParse(rate, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _);
    }
}
