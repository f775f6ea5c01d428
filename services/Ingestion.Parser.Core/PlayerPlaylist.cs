namespace Ingestion.Parser.Core;

/// <summary>
/// "Now Playing: Survivors Describe Hiding for Hours" / "Mall Attack: Inside the Rescue" / "Who Are the Militants?" /
/// "Transcript for …" / "00:00 / 03:12": a broadcaster's player prints its playlist between the "Now Playing" label and
/// its counter. The clip titles are short capitalised lines that look like headlines, but none is the story's.
/// </summary>
internal static class PlayerPlaylist
{
    private const int MaxTitles = 10;

    /// <summary>The "Now Playing" line opening the playlist right above the counter line, or -1.</summary>
    public static int Top(List<TextLine> lines, int controls)
    {
        for (int i = controls - 1, seen = 0; i >= 0 && seen <= MaxTitles && !lines[i].IsBlank; i--, seen++)
        {
            if (lines[i].Text.StartsWith("Now Playing", StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
