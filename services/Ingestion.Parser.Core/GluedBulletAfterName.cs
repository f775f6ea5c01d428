namespace Ingestion.Parser.Core;

/// <summary>
/// "Patricia Nettleton• a day ago", "Marv Hendricks•4 years ago": Disqus sets the bullet between a commenter's name and
/// the post's age in a span of its own right after the name's link, so a copy of the page's text glues it to the name
/// (and, with no space in the markup after it, to the age). Spaced again, the header splits as "Name • age" does.
/// </summary>
internal static class GluedBulletAfterName
{
    private const char Bullet = '•';

    /// <summary>The header with a bullet glued after a letter or digit spaced on both sides; the header itself when it has none.</summary>
    public static string Spaced(string header)
    {
        var at = header.IndexOf(Bullet);
        if (at <= 0 || at + 1 >= header.Length || !char.IsLetterOrDigit(header[at - 1]) || !(header[at + 1] == ' ' || char.IsAsciiDigit(header[at + 1])))
        {
            return header;
        }

        return string.Concat(header.AsSpan(0, at), " • ", header.AsSpan(at + 1).TrimStart(' '));
    }
}
