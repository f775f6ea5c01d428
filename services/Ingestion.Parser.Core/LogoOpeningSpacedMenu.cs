namespace Ingestion.Parser.Core;

/// <summary>
/// "Metropole.cz   Zprávy   Sport   Kultura   Ekonomika" over "© 1999–2013 Metropole Media, a.s.", "Gazeta Mazowiecka
/// Wiadomości   Warszawa   Sport" over "© Mazowieckie Media SA 2013": a scraper's text dump prints the logo and the menu's
/// links as one row of cells parted by runs of spaces. When the footer names only the publishing company, the row's first
/// cell is the publication if one of its words shares its stem with a word of the company's name ("Metropole" /
/// "Metropole", "Mazowiecka" / "Mazowieckie"): publishers are named after their papers, in any language.
/// </summary>
internal static class LogoOpeningSpacedMenu
{
    private const int MinCells = 4;
    private const int MaxCellWords = 3;
    private const int MinStem = 6;
    private const int MaxLineLength = 200;

    /// <summary>The first cell of such a row above the title, or null.</summary>
    public static string? Name(PageLines lines, int titleIndex, string holder)
    {
        for (var i = 0; i < titleIndex; i++)
        {
            var text = lines[i].Text;
            // Cheap first: a row of cells has a run of three spaces and is no paragraph.
            if (text.Length > MaxLineLength || !text.Contains("   ", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = text.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (cells.Length >= MinCells && cells.All(IsMenuCell) && SharesStem(cells[0], holder))
            {
                return cells[0];
            }
        }

        return null;
    }

    private static bool IsMenuCell(string cell) =>
        cell.Length > 0 && char.IsUpper(cell[0]) && Words.Count(cell) <= MaxCellWords && !Words.EndsSentence(cell);

    /// <summary>Whether a word of the cell and a word of the company's name open with the same six letters or more.</summary>
    private static bool SharesStem(string cell, string holder)
    {
        foreach (var word in cell.Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length < MinStem)
            {
                continue;
            }

            foreach (var other in holder.Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (other.Length >= MinStem && word.AsSpan(0, MinStem).Equals(other.AsSpan(0, MinStem), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
