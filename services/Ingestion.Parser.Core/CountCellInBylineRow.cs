namespace Ingestion.Parser.Core;

/// <summary>
/// "Von Name am 03.05.2013, 11:51 | 0 Meinungen | Energie sparen": a Movable Type or hand-built blog closes the post with
/// one row of cells, the byline and time first, then the count of the thread, then the category. Where no thread, no
/// count link and no counted button states a count, that cell does. The cells before it must read as a byline with a
/// time, and the page must hold one such row only: a list of other posts prints one under each teaser.
/// </summary>
internal static class CountCellInBylineRow
{
    private const int MaxRowLength = 200;

    private const int MaxCellLength = 30;

    private const string Separator = " | ";

    /// <summary>The count of the page's one such row, or null when it has none or several.</summary>
    public static int? Find(PageLines lines)
    {
        int? found = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Read(lines[i].Text) is { } count)
            {
                if (found is not null)
                {
                    return null;
                }

                found = count;
            }
        }

        return found;
    }

    /// <summary>The count a row's cell after its dated byline states, or null.</summary>
    public static int? Read(string line)
    {
        if (line.Length > MaxRowLength || !line.Contains(Separator, StringComparison.Ordinal) || !Words.HasDigit(line))
        {
            return null;
        }

        var text = line.AsSpan().Trim();
        foreach (var range in text.Split(Separator))
        {
            var cell = text[range].Trim();
            if (range.Start.Value > 0 && cell.Length is > 0 and < MaxCellLength && char.IsAsciiDigit(cell[0])
                && CommentHeadings.DeclaredCount(cell.ToString()) is { } count)
            {
                return IsDatedByline(text[..range.Start.Value].TrimEnd(" |").ToString()) ? count : null;
            }

        }

        return null;
    }

    private static bool IsDatedByline(string cells)
    {
        var found = new MetadataLine.Found();
        return cells.Length > 0 && MetadataLine.TryRead(cells, ref found) && found.Time is not null && found.Authors is { Count: > 0 };
    }
}
