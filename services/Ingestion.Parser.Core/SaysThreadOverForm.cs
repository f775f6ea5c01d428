namespace Ingestion.Parser.Core;

/// <summary>
/// "Tom Gerlach says:" / "Sep 26, 2013 05:40 PM" / text / "Reply" … "Add comment" / the form: a thread printed under the
/// text with no heading over it (Plone's discussion, a theme that heads only the form), the form's heading under the
/// last comment. With no heading but the form's, the comments were looked for under the form, where there are none,
/// and the thread was read as the article's text. Two or more "Name says:" headers, each over its date line, between the
/// text and the form open the thread where the first stands.
/// </summary>
internal static class SaysThreadOverForm
{
    private const int MinHeaders = 2;

    private const string Says = "says:";

    /// <summary>Where the thread of "says:" headers between <paramref name="from"/> and the form opens, or -1.</summary>
    public static int Find(PageLines lines, int from, int form)
    {
        var first = -1;
        var count = 0;
        for (var i = Math.Max(from, 0); i < form; i++)
        {
            var text = lines[i].Text;
            // Cheap gate: the verb ends the line.
            if (text.Length is 0 or > 80 || !text.AsSpan().TrimEnd().EndsWith(Says, StringComparison.OrdinalIgnoreCase) || !IsOverDate(lines, i, form)
                || !CommentLine.TryReadAuthor(text, out _, out _, out _))
            {
                continue;
            }

            first = first < 0 ? i : first;
            count++;
        }

        return count >= MinHeaders ? first : -1;
    }

    private static bool IsOverDate(PageLines lines, int index, int end)
    {
        var next = lines.NextNonBlank(index, end);
        return next > index && next < end && Words.HasDigit(lines[next].Text) && lines.TryParseDate(next, out var time) && (time.Date is not null || time.Relative);
    }
}
