namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h1 class="entry-title"&gt;SUMMER SWIMMERS&lt;/h1&gt;&lt;div class="entry-meta"&gt;Fr 12. Juli 2019, 09:15 | …": a blog's short
/// headline in capitals, right over its date line, reads in the page's text as a name over a date. The line the page
/// shows as its headline names the story, no writer: a name the text gives that is the headline is dropped.
/// </summary>
internal static class HeadlineAsWriter
{
    public static List<string> Without(List<string> authors, string? title)
    {
        if (string.IsNullOrEmpty(title) || authors.Count == 0 || !authors.Contains(title, StringComparer.OrdinalIgnoreCase))
        {
            return authors;
        }

        return authors.Where(author => !author.Equals(title, StringComparison.OrdinalIgnoreCase)).ToList();
    }
}
