using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class DateRowBesideHeadlineTests
{
    private static string? Read(string header)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<body><header>{header}</header><p>After a long summer of full sailings, the board voted.</p></body>");
        return DateRowBesideHeadline.Read(document.QuerySelector("h1"));
    }

    [Theory]
    [InlineData("""<div class="flag">On the radio</div><span style="color: #b22;">03.11.18</span><h1>Why the ferry board kept the night crossing</h1>""")]
    [InlineData("""<span>03.11.18</span><div class="flag">On the radio</div><h1>Why the ferry board kept the night crossing</h1><p class="byline"></p>""")]
    [InlineData("""<h1>Why the ferry board kept the night crossing</h1><div>3 November 2018</div>""")]
    public void A_day_alone_in_an_element_beside_the_headline_is_the_story_day(string header)
    {
        Assert.Equal("2018-11-03", Read(header));
    }

    [Theory]
    [InlineData("""<div class="flag">On the radio</div><span>Aired on 03.11.18 in the morning show</span><h1>Why the ferry board kept the night crossing</h1>""")]
    [InlineData("""<div class="flag">On the radio</div><span>3 hours ago</span><h1>Why the ferry board kept the night crossing</h1>""")]
    [InlineData("""<span>03.11.18</span><div>On the radio</div><div>Ferries</div><h1>Why the ferry board kept the night crossing</h1>""")]
    public void A_sentence_a_relative_time_or_a_day_further_off_is_no_date_row(string header)
    {
        Assert.Null(Read(header));
    }
}
