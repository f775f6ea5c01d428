using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>
/// "Twitter.com/MeganDwyerNT", "www.facebook.com/dana.whitcomb": a Canadian chain paper (and many others) prints the
/// writer's social profile as a bare address on a line of its own under the text, beside the e-mail line. It is the
/// writer's contact line, no paragraph. A link to anything deeper than a profile ("twitter.com/name/status/…") is left
/// alone: a reader may quote one.
/// </summary>
internal static class ProfileAddressLine
{
    private const int MaxLength = 64;

    private static readonly string[] Hosts = ["twitter.com/", "facebook.com/", "instagram.com/"];

    private static readonly string[] Openings = ["", "www.", "http://", "https://", "http://www.", "https://www."];

    private static readonly SearchValues<char> HandleCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.");

    public static bool Is(ReadOnlySpan<char> text)
    {
        // Most lines are turned down here: a profile address is short, holds a slash and no space.
        if (text.Length is < 13 or > MaxLength || text[0] is not ('t' or 'T' or 'f' or 'F' or 'i' or 'I' or 'w' or 'W' or 'h' or 'H') || text.IndexOf(' ') >= 0)
        {
            return false;
        }

        foreach (var opening in Openings)
        {
            if (!text.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var afterOpening = text[opening.Length..];
            foreach (var host in Hosts)
            {
                if (afterOpening.StartsWith(host, StringComparison.OrdinalIgnoreCase))
                {
                    var handle = afterOpening[host.Length..].TrimEnd('/');
                    return handle.Length > 0 && !handle.ContainsAnyExcept(HandleCharacters);
                }
            }
        }

        return false;
    }
}
