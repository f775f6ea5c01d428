using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Loading video..." / "[Play] 00:00 / 02:14 [Mute] [Full screen]" / "Red Mesa brush fire grows to 400 acres" /
/// "More Video" / "Share | Embed": a station's video player as a text browser prints it, its buttons around an elapsed /
/// total counter, the clip's title under them and the player's links. None of it is text, and the clip's title is no
/// headline.
/// </summary>
internal static class VideoPlayerControls
{
    private const int MaxControlsLength = 80;
    private const int MaxLinesUnder = 4;

    private static readonly SearchValues<char> ClockCharacters = SearchValues.Create("0123456789:");

    private static readonly WordSet PlayerButtons = new(["replay", "play", "play video", "up next", "now playing"]);

    private static readonly WordSet PlayerLinks = new(["more video", "more videos", "share | embed", "embed", "share", "watch more video", "related video"]);

    public static List<TextLine> Remove(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsControls(lines[i].Text))
            {
                continue;
            }

            result ??= [.. lines];
            result[i] = new TextLine(0, string.Empty);
            for (var line = PlayerPlaylist.Top(lines, i); line >= 0 && line < i; line++)
            {
                result[line] = new TextLine(0, string.Empty);
            }

            if (NonBlankLines.Previous(lines, i) is var above and >= 0 && i - above <= 2)
            {
                if (IsLoadingLabel(lines[above].Text))
                {
                    result[above] = new TextLine(0, string.Empty);
                }
                // "Loading video..." / "Hollow Crown - Siege Gameplay Trailer" / "0:00 / 2:31": a games site's player sets
                // the clip's title over its counter.
                else if (NonBlankLines.Previous(lines, above) is var label and >= 0 && above - label <= 2 && IsLoadingLabel(lines[label].Text)
                    && lines[above].Text.Length <= MaxControlsLength && !Words.EndsSentence(lines[above].Text))
                {
                    result[above] = new TextLine(0, string.Empty);
                    result[label] = new TextLine(0, string.Empty);
                }
            }

            // The clip's title and the player's links, up to its last link.
            var last = -1;
            for (int line = i + 1, seen = 0; line < lines.Count && seen < MaxLinesUnder; line++)
            {
                if (lines[line].IsBlank)
                {
                    continue;
                }

                seen++;
                if (PlayerLinks.Contains(lines[line].Text.AsSpan().Trim()))
                {
                    last = line;
                }
            }

            for (var line = i + 1; line <= last; line++)
            {
                result[line] = new TextLine(0, string.Empty);
            }
        }

        return result ?? lines;
    }

    /// <summary>"Loading video...", or the player's own button over the clip's title ("Replay" / "The priest saving …" / countdown).</summary>
    private static bool IsLoadingLabel(string line) => line.StartsWith("Loading", StringComparison.OrdinalIgnoreCase) || PlayerButtons.Contains(line.AsSpan().Trim());

    /// <summary>"[Play] 00:00 / 02:14 [Mute]", "Play 0:00 / 1:48": an elapsed and a total time, a slash between them.</summary>
    private static bool IsControls(string line)
    {
        if (line.Length > MaxControlsLength)
        {
            return false;
        }

        var slash = line.IndexOf(" / ", StringComparison.Ordinal);
        return (slash > 0 && IsClock(Words.LastWord(line.AsSpan(0, slash))) && IsClock(Words.FirstWord(line.AsSpan(slash + 3)))) || IsCountdown(line);
    }

    /// <summary>
    /// "Your video will play in 00:25", "Video will begin in 0:05": a news player's countdown to the clip it sets before the
    /// story, its title over it. A sentence of the text names no clock after "in" at its end.
    /// </summary>
    private static bool IsCountdown(string line)
    {
        var text = line.AsSpan().Trim();
        var clock = Words.LastWord(text);
        var before = text[..^clock.Length].TrimEnd();
        return IsClock(clock) && before.EndsWith(" in", StringComparison.Ordinal) && before.Contains("video", StringComparison.OrdinalIgnoreCase)
            && (before.Contains(" play", StringComparison.OrdinalIgnoreCase) || before.Contains(" begin", StringComparison.OrdinalIgnoreCase)
                || before.Contains(" start", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"00:00", "2:14", "1:02:30".</summary>
    private static bool IsClock(ReadOnlySpan<char> word) =>
        word.Length is >= 4 and <= 8 && word.Contains(':') && !word.ContainsAnyExcept(ClockCharacters) && word[^3] == ':';
}
