namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta property="og:title" content="Ferry timetables • Lena Hoff"&gt;" beside "&lt;title&gt;Ferry timetables&lt;/title&gt;" and
/// "&lt;h1&gt;Ferry timetables&lt;/h1&gt;": a blog platform signs the sharing title with the writer's or blog's name after a
/// separator (a bullet as often as a bar), while the document title and the h1 print the headline alone. Where the
/// document title and the h1 agree word for word, the signature is no part of the headline, even when the headline is
/// shorter than the 20 characters a site-suffixed title otherwise needs (a short h1 alone is often a section's name,
/// which a document title does not repeat as the whole title).
/// </summary>
internal static class SuffixedShareTitleOfBareTitle
{
    private const int LeastHeadlineWords = 2;
    private const int MostSignatureWords = 5;

    /// <summary>Whether <paramref name="title"/> is <paramref name="shown"/> followed by a separator and a short signature, and the document title is <paramref name="shown"/>.</summary>
    public static bool Is(string? documentTitle, string title, string shown)
    {
        if (shown.Length == 0 || title.Length <= shown.Length + 3 || !title.StartsWith(shown, StringComparison.Ordinal)
            || Words.CountUpTo(shown, LeastHeadlineWords) < LeastHeadlineWords)
        {
            return false;
        }

        var signature = title.AsSpan(shown.Length).TrimStart();
        if (signature is not [var mark, ' ', ..] || !TitleSeparator.IsMark(mark))
        {
            return false;
        }

        var words = Words.CountUpTo(signature[2..], MostSignatureWords + 1);
        return words is > 0 and <= MostSignatureWords && documentTitle is not null && documentTitle.AsSpan().Trim().SequenceEqual(shown);
    }
}
