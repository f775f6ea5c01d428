namespace Ingestion.Parser.Core;

/// <summary>
/// "Datum: 22.12.2012, Rubrik: Europa" opening the text under the headline: the page's date line with the section it
/// is filed in, a line of the page's furniture, no paragraph. The part before the label must read as a date line
/// alone, so a first paragraph that names a section in a sentence stays. Only the text's first paragraph is asked.
/// </summary>
internal static class DateLineWithSectionLabel
{
    private const int MaxLength = 80;

    private static readonly string[] SectionLabels = [", Rubrik:", ", Ressort:", ", Kategorie:", ", Category:", ", Section:", ", Rubrique :", ", Rubrique:"];

    private const string DateLabel = "Datum:";

    public static List<string> Without(List<string> body) => body.Count > 1 && Is(body[0]) ? body[1..] : body;

    public static bool Is(string line)
    {
        if (line.Length > MaxLength)
        {
            return false;
        }

        foreach (var label in SectionLabels)
        {
            if (line.IndexOf(label, StringComparison.OrdinalIgnoreCase) is > 0 and var at)
            {
                var date = line.AsSpan(0, at).Trim();
                // "Datum:" is no word the date reader knows around dates; the German label is read off here.
                date = date.StartsWith(DateLabel, StringComparison.OrdinalIgnoreCase) ? date[DateLabel.Length..] : date;
                return DateLineParser.TryParseLine(date, out _);
            }
        }

        return false;
    }
}
