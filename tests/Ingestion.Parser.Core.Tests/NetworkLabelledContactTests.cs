using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class NetworkLabelledContactTests
{
    [Theory]
    [InlineData("On Twitter: Follow Marta Quell and get more river and wetland coverage at FieldDesk.", true)]
    [InlineData("On Facebook: Like Upland Notes for the week's walks.", true)]
    [InlineData("On Twitter: the mayor answered within the hour, and her reply was shared widely.", false)]
    [InlineData("On Tuesday: Follow the river path to the second bridge and turn left.", false)]
    public void A_network_label_before_a_follow_prompt_makes_a_prompt(string line, bool prompt) =>
        Assert.Equal(prompt, NetworkLabelledContact.Is(line));

    [Fact]
    public void The_writers_follow_line_under_the_text_is_no_paragraph()
    {
        var page = PageParser.Parse(System.Text.Encoding.UTF8.GetBytes("""
            <html><head><title>Reed beds hold back the spring flood</title></head><body>
            <article><h1>Reed beds hold back the spring flood</h1>
            <div class="story-body">
            <p>The reed beds planted along the lower river three years ago held back most of the spring flood, according to figures released by the water board this week.</p>
            <p>Fields that were under water for a month in earlier years drained within days, and the village road stayed open throughout the high water.</p>
            <p><i>On Twitter: Follow </i><a href="https://twitter.com/mquell"><i>Marta Quell</i></a><i> and get more river and wetland coverage at </i><a href="https://twitter.com/fielddesk"><i>FieldDesk</i></a><i>.</i></p>
            </div></article></body></html>
            """), "reeds.html");
        Assert.Equal(2, page.BodyParagraphs.Count);
    }
}
