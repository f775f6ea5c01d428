using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SpacedPostbitTests
{
    private const string Story =
        "Mooring fees would double under harbor plan\n\nBy Gary Pelletier\n\n"
        + "The harbor committee voted Tuesday to recommend doubling mooring fees for boats over 25 feet, the first rise since 2004.\n\n"
        + "The full council will take up the plan next month.\n\nComments\n\n";

    private static List<(string? Author, int Paragraphs)> Commenters(string thread) =>
        PageParser.Parse(Encoding.UTF8.GetBytes(Story + thread), "page.txt").Comments.Select(comment => (comment.Author, Paragraphs: comment.Paragraphs.Count)).ToList();

    private static List<TextLine> Lines(params string[] texts) => texts.Select(text => new TextLine(0, text)).ToList();

    [Fact]
    public void A_post_with_its_number_after_the_date_and_fields_on_lines_of_their_own_is_read()
    {
        var post = SpacedPostbit.Read(
            Lines("09-26-2013, 08:15 PM #1", "", "harborrat", "", "View Profile", "", "Senior Member", "", "Join Date", "", "Mar 2009", "", "Posts", "", "1,204", "", "Doubling the fee is a lot to swallow in one year for anyone with a thirty footer."),
            0);

        Assert.Equal(new SpacedPostbit.Post(2, "09-26-2013, 08:15 PM", 14), post);
    }

    [Fact]
    public void A_post_with_its_number_over_the_date_is_read()
    {
        var post = SpacedPostbit.Read(Lines("#2", "Yesterday, 11:02 PM", "", "RiverRat", "Senior Member", "Join Date: Apr 2009", "Posts: 1,214", "", "Every year it is next year."), 0);

        Assert.Equal(new SpacedPostbit.Post(3, "Yesterday, 11:02 PM", 6), post);
    }

    [Theory]
    [InlineData("#2", "Route 1 crash closes bridge")]
    [InlineData("#MeToo", "Yesterday, 11:02 PM")]
    [InlineData("09-26-2013, 08:15 PM #1", "harborrat")]
    public void A_header_without_a_date_or_a_box_under_it_is_none(string header, string under) =>
        Assert.Null(SpacedPostbit.Read(Lines(header, under, "", "Thanks to everyone who called the congressman's office this week about the channel."), 0));

    [Fact]
    public void The_posters_are_the_commenters_and_the_box_is_no_text()
    {
        var thread = string.Join('\n',
            "09-26-2013, 08:15 PM #1", "", "harborrat", "", "View Profile", "", "Senior Member", "", "Join Date", "", "Mar 2009", "", "Location", "", "Pine Point", "", "Posts", "", "1,204", "",
            "Doubling the fee for a 30 footer is a lot to swallow in one year. Phase it in over three seasons.", "", "Reply With Quote", "",
            "09-26-2013, 08:42 PM #2", "", "Deb Santoro", "", "View Profile", "", "Member", "", "Join Date", "", "Jun 2011", "", "Posts", "", "88", "",
            "The waiting list for a mooring is six years long. Nobody is giving theirs up over a few hundred dollars.", "",
            "We pay it because there is nowhere else to keep the boat.", "", "Reply With Quote", "",
            "You must log in or register to post comments.");

        Assert.Equal([("harborrat", 1), ("Deb Santoro", 2)], Commenters(thread).Select(commenter => (commenter.Author ?? string.Empty, commenter.Paragraphs)));
    }
}
