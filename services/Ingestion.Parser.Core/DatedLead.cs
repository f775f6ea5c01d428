namespace Ingestion.Parser.Core;

/// <summary>
/// "Oct. 8, 2013 -- Older adults who take a short nap …": a health news site opens the text with the story's date and a
/// dash, as a wire story opens with its place. On a page that prints the date nowhere else, it is the publish date.
/// </summary>
internal static class DatedLead
{
    private static readonly string[] Dashes = [" -- ", " — ", " – "];

    public static PageTime? TryRead(string paragraph)
    {
        foreach (var dash in Dashes)
        {
            var at = paragraph.IndexOf(dash, StringComparison.Ordinal);
            if (at is > 5 and < 32 && DateLineParser.TryParseLine(paragraph.AsSpan(0, at), out var time) && time.Date is not null && !time.Relative)
            {
                return time;
            }
        }

        return null;
    }
}
