namespace Ingestion.Parser.Core;

/// <summary>
/// "First Drives" over "First Drive: 2014 Veloce Arden Turbo" / "The small sedan finally gets …" / "By Greg Tamblyn",
/// with "Torque Report | News | First Drives | Reviews" at the top: a section's name of a few words that the menu bar
/// lists is the kicker, so the two lines under it are the headline and its deck.
/// </summary>
internal static class SectionKickerInMenu
{
    public static bool Is(PageLines lines, int index)
    {
        var text = lines[index].Text.Trim();
        if (Words.Count(text) > 3 || !lines.StandsAlone(index))
        {
            return false;
        }

        var menuItem = SectionNewsLabel.MenuItem(text);
        for (var i = 0; i < index; i++)
        {
            var line = lines[i].Text;
            if (line.Contains(" | ", StringComparison.Ordinal) && line.Contains(text, StringComparison.Ordinal)
                && Array.Exists(line.Split(" | "), item => item.Trim() == text))
            {
                return true;
            }

            // "Home" / "World" / "Economy" / "Business": a text browser prints the menu bar one item a line.
            if (line.Length == text.Length && line.AsSpan().Trim().SequenceEqual(text) && lines.IsMenuItem(i))
            {
                return true;
            }

            // "Local" in the menu, "Local News" over the headline.
            if (line.Length == menuItem.Length && menuItem.Length > 0 && line.AsSpan().Trim().SequenceEqual(menuItem) && lines.IsMenuItem(i))
            {
                return true;
            }
        }

        return false;
    }
}
