using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class SignatureOverDateAndButtonsTests
{
    private static PageLines Lines(params string[] lines) => new([.. lines.Select(line => new TextLine(0, line))]);

    private static CommentLine.Kind[] Kinds(PageLines lines) => [.. Enumerable.Range(0, lines.Count).Select(i => CommentLine.Classify(lines, i))];

    [Fact]
    public void Names_right_under_text_and_over_a_date_and_buttons_sign_the_text_above()
    {
        var lines = Lines(
            "The lane was under a foot of water last February.",
            "Sandra1958, Coldbrook",
            "25/09/2013 at 15:12",
            "Report abuse | Reply",
            string.Empty,
            "Spot on. And the builder won't be around to deal with it.",
            "Phil H, Wrexford",
            "25/09/2013 at 15:40",
            "Report abuse | Reply");
        var kinds = Kinds(lines);
        Assert.True(SignatureOverDateAndButtons.Signs(lines, kinds, 1));
        Assert.True(SignatureOverDateAndButtons.SignsEvery(lines, kinds, [1, 6], lines.Count));
    }

    [Fact]
    public void A_name_with_its_text_under_the_buttons_is_a_header()
    {
        var lines = Lines(
            "Comments (2)",
            "Sandra1958, Coldbrook",
            "25/09/2013 at 15:12",
            "Report abuse | Reply",
            "The lane was under a foot of water last February.",
            "Phil H, Wrexford",
            "25/09/2013 at 15:40",
            "Report abuse | Reply",
            "Spot on. And the builder won't be around to deal with it.");
        var kinds = Kinds(lines);
        Assert.False(SignatureOverDateAndButtons.Signs(lines, kinds, 1));
        Assert.False(SignatureOverDateAndButtons.SignsEvery(lines, kinds, [1, 5], lines.Count));
    }

    [Fact]
    public void Names_under_text_and_over_a_date_sign_the_text_above_when_the_buttons_were_dropped()
    {
        var lines = Lines(
            "The lane was under a foot of water last February.",
            "Sandra1958, Coldbrook",
            "25/09/2013 at 15:12",
            string.Empty,
            "Spot on. And the builder won't be around to deal with it.",
            "Phil H, Wrexford",
            "25/09/2013 at 15:40");
        var kinds = Kinds(lines);
        Assert.True(SignatureOverDateAndButtons.SignsEvery(lines, kinds, [1, 5], lines.Count));
    }

    [Fact]
    public void Names_over_a_date_with_text_under_the_last_one_are_headers_without_buttons_too()
    {
        var lines = Lines(
            "Comments (2)",
            "Sandra1958, Coldbrook",
            "25/09/2013 at 15:12",
            string.Empty,
            "The lane was under a foot of water last February.",
            "Phil H, Wrexford",
            "25/09/2013 at 15:40",
            string.Empty,
            "Spot on. And the builder won't be around to deal with it.");
        var kinds = Kinds(lines);
        Assert.False(SignatureOverDateAndButtons.Signs(lines, kinds, 1));
        Assert.False(SignatureOverDateAndButtons.SignsEvery(lines, kinds, [1, 5], lines.Count));
    }
}
