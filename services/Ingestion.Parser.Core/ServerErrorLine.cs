namespace Ingestion.Parser.Core;

/// <summary>
/// "Warning: session_start(): open(/tmp/sess_…) failed: Disk quota exceeded (122) in /home/…/class-thelib.php on line
/// 145", "Notice: Undefined index: id in /var/www/…/single.php on line 12": the server's scripting engine printed its
/// error into the page, usually above everything else. The site's machinery speaking, no headline and no text. Known by
/// the engine's level label at the start and the "in FILE on line N" it always ends with, so a story quoting such a
/// message in a sentence stays.
/// </summary>
internal static class ServerErrorLine
{
    private const string LineMark = " on line ";

    private static readonly PrefixSet Levels = new(["warning: ", "notice: ", "deprecated: ", "fatal error: ", "parse error: ", "strict standards: ", "catchable fatal error: "]);

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (text.Length < 30 || !char.IsAsciiDigit(text[^1]))
        {
            return false;
        }

        var mark = text.LastIndexOf(LineMark, StringComparison.Ordinal);
        if (mark <= 0 || text[(mark + LineMark.Length)..].ContainsAnyExceptInRange('0', '9') || !Levels.Matches(text))
        {
            return false;
        }

        // "… in /var/www/…/single.php on line 12", "… in Unknown on line 0": the script's file, so "Warning: delays
        // expected on line 3" is a notice about a train line.
        var beforeMark = text[..mark];
        var space = beforeMark.LastIndexOf(' ');
        var file = beforeMark[(space + 1)..];
        return space > 0 && beforeMark[..space].EndsWith(" in", StringComparison.Ordinal) && (file.IndexOfAny('/', '\\') >= 0 || file.SequenceEqual("Unknown"));
    }
}
