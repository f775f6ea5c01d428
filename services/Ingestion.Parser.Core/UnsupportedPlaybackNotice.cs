using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Media playback is unsupported on your device", "Your browser does not support the video tag.": the words a player
/// shows in place of the clip where it cannot play it, in the caption slot of the player's box or as a text browser's
/// first line over the text. They speak to the reader about the reader's device and caption no picture; they are no
/// headline and no text either. Known by a word naming playback or the clip, a word saying it is not supported or cannot
/// be played, and words naming the reader's device or browser, so a tech story's "Video playback is not supported on
/// older televisions, the company said." stays.
/// </summary>
internal static class UnsupportedPlaybackNotice
{
    private const int LongestNotice = 120;

    private static readonly SearchValues<string> Playback = SearchValues.Create(
        ["playback", "video", "audio", "media", "player", "clip"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Unsupported = SearchValues.Create(
        ["unsupported", "not supported", "does not support", "doesn't support", "cannot be played", "can't be played", "cannot play", "can't play"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> ReadersDevice = SearchValues.Create(
        ["your device", "your browser", "this device", "this browser"], StringComparison.OrdinalIgnoreCase);

    public static bool Is(ReadOnlySpan<char> text) =>
        text.Length is > 20 and <= LongestNotice && text.ContainsAny(Playback) && text.ContainsAny(Unsupported) && text.ContainsAny(ReadersDevice);
}
