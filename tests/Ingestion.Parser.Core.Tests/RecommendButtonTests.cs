using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class RecommendButtonTests
{
    [Theory]
    [InlineData("9/26/2013 7:02:17 PM | Recommend (3) | Report Abuse", "2013-09-26T19:02:17")]
    [InlineData("27/09/2013 08:12 Recommend (31) Report abuse", "2013-09-27T08:12:00")]
    [InlineData("September 26, 2013 at 8:14 pm | Recommends (204)", "2013-09-26T20:14:00")]
    public void A_recommend_button_and_its_count_beside_a_comment_date_leave_the_date(string line, string expected)
    {
        Assert.True(DateLineParser.TryParseLine(line, out var time));
        Assert.Equal(expected, time.ToIso());
    }

    [Theory]
    [InlineData("Recommend 3 restaurants from 2013")]
    [InlineData("9/26/2013 7:02 PM 3 | Recommend")]
    [InlineData("Recommend (3)")]
    public void Other_numbers_still_make_another_kind_of_line(string line) => Assert.False(DateLineParser.TryParseLine(line, out var time) && time.Date is not null);

    [Theory]
    [InlineData("Recommend", true)]
    [InlineData("recommends", true)]
    [InlineData("Recommended", false)]
    [InlineData("Report", false)]
    public void Knows_the_button_label(string word, bool label) => Assert.Equal(label, RecommendButton.IsLabel(word));

    [Theory]
    [InlineData("3", true)]
    [InlineData("204", true)]
    [InlineData("1,204", false)]
    [InlineData("2013x", false)]
    [InlineData("", false)]
    public void Knows_the_button_count(string token, bool count) => Assert.Equal(count, RecommendButton.IsCount(token));
}
