namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;meta name="copyright" content="海港网版权所有"&gt;", "content="Harbour Post. All Rights Reserved.""": the holder's
/// name with the reservation after it, glued on in Chinese. What stays once the phrase is cut is the holder, whom an
/// author meta of the same words names (<see cref="MetaAuthorNoWriter.NamesOwner"/>): the owner, no writer.
/// </summary>
internal static class RightsReservedAfterHolder
{
    private static readonly string[] Phrases = ["all rights reserved", "版权所有", "版權所有", "保留所有权利"];

    public static ReadOnlySpan<char> Strip(ReadOnlySpan<char> holder)
    {
        var text = holder.TrimEnd(" .。".AsSpan());
        foreach (var phrase in Phrases)
        {
            if (text.Length > phrase.Length && text.EndsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return text[..^phrase.Length].TrimEnd(" .,-–—".AsSpan());
            }
        }

        return holder;
    }
}
