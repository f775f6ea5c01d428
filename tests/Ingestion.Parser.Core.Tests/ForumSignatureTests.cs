using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class ForumSignatureTests
{
    private static List<string> Texts(List<TextLine> lines) => [.. lines.Select(line => line.Text)];

    [Fact]
    public void A_signature_under_a_rule_right_under_a_posts_text_is_taken_out()
    {
        var lines = TextLine.Split(string.Join('\n', "by hollowtop » Thu Oct 15, 2020 8:12 am", "About time.", "_________________", "Upper Cedar since '79. Go Hawks.", "", "hollowtop"));
        Assert.Equal(["by hollowtop » Thu Oct 15, 2020 8:12 am", "About time.", "", "hollowtop"], Texts(ForumSignature.Remove(lines)));
    }

    [Fact]
    public void A_short_break_or_a_rule_over_a_long_run_of_lines_stays()
    {
        var markdown = TextLine.Split(string.Join('\n', "The vote is on Tuesday.", "___", "A second story."));
        Assert.Equal(3, ForumSignature.Remove(markdown).Count);
        var form = TextLine.Split(string.Join('\n', "Email address", "______________", "Name", "City", "State", "Zip", "", "Sign up"));
        Assert.Equal(8, ForumSignature.Remove(form).Count);
    }

    [Theory]
    [InlineData("_________________", true)]
    [InlineData("__init__", false)]
    [InlineData("Name ____________", false)]
    public void The_rule_is_a_run_of_underscores_alone(string line, bool rule) => Assert.Equal(rule, ForumSignature.IsRule(line));
}
