namespace Ingestion.Parser.Core.Tests;

/// <summary>A news blog's own thread under a story, in the shape of a 2016 discussion widget: invented names and text.</summary>
internal static class BlogThreadShape
{
    public static string Text(string firstHeader, string firstTime, string profileLine) => $"""
        Harbour Post

        Ferry captain leaves the race for harbour master

        By Marta Olsen

        The island ferry captain has withdrawn from the race for harbour master, the council said on Friday after a long meeting about the new quay.
        The council will choose between the two remaining candidates next month, and the vote is expected to be close according to members.

        2 Comments

        {profileLine}
        {firstHeader}
        {firstTime}
        Good.
        {profileLine}
        By: Charles Bronte
        12.09.2016 @ 6:02 PM
        Great.
        """;
}
