using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class WriterCardBiographyTests
{
    private const string Bio = "Librarian by day, tinkerer by night. I write about neighborhoods and the things we share.";

    private static PageLines Lines(string text) => new(TextLine.Split(text));

    [Theory]
    [InlineData("Go to the profile of Marisol Okafor\nMarisol Okafor\n" + Bio + "\nMar 1, 2018\n", 2)]
    // w3m glues the follow buttons to the name.
    [InlineData("Go to the profile of Marisol Okafor\nMarisol OkaforBlockedFollowFollowing\n" + Bio + "\nMar 1, 2018\n", 2)]
    // lynx drops the name's line and leaves a blank one under the profile link.
    [InlineData("Go to the profile of Marisol Okafor\n\n" + Bio + "\nMar 1, 2018\n", 2)]
    public void The_sentence_between_the_writer_and_the_date_is_the_card_biography(string text, int bio)
    {
        var lines = Lines(text);
        Assert.True(WriterCardBiography.Is(lines, bio, lines.Count));
    }

    [Theory]
    // Set apart from the date by a blank line: the text's.
    [InlineData("Marisol Okafor\n" + Bio + "\n\nMar 1, 2018\n", 1)]
    // No writer over it: a sentence over a date.
    [InlineData("The shed is open on Saturdays\n" + Bio + "\nMar 1, 2018\n", 1)]
    // A blank line over it and no profile link: the text's.
    [InlineData("Marisol Okafor\n\n" + Bio + "\nMar 1, 2018\n", 2)]
    // Not followed by a date.
    [InlineData("Marisol Okafor\n" + Bio + "\nFollow\n", 1)]
    public void Other_sentences_are_left_alone(string text, int line)
    {
        var lines = Lines(text);
        Assert.False(WriterCardBiography.Is(lines, line, lines.Count));
    }
}
