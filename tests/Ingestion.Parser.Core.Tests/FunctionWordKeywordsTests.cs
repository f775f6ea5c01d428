using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class FunctionWordKeywordsTests
{
    [Fact]
    public void A_word_count_of_the_description_is_no_tag_list() =>
        Assert.True(FunctionWordKeywords.Is(["Apfelsaft", "Lindenhof", "sehr", "Neckar", "Die", "dort", "Säure", "wirkt"]));

    [Theory]
    [InlineData("Apfelsaft, Lindenhof, Neckar, Streuobst")]
    [InlineData("climate change, county council, flood defences")]
    [InlineData("Die Linke, Bundestag, Wahlkampf")]
    public void A_list_of_topics_is_tags(string keywords) =>
        Assert.False(FunctionWordKeywords.Is(TagLineParser.Split(keywords)));

    [Fact]
    public void The_keywords_meta_of_such_a_shop_gives_no_tags()
    {
        const string page = """
            <html><head><title>Lindenhof Apfelsaft | saftladen</title>
            <meta name="keywords" content="Apfelsaft, Lindenhof, sehr, Neckar, Die, dort, Säure, wirkt"></head>
            <body><h1>Lindenhof Apfelsaft</h1><div class="product--description">
            <p>Der Lindenhof liegt am Südhang über dem Neckar und wird seit drei Generationen von der Familie Berger bewirtschaftet.</p>
            <p>Gepresst wird gleich nach der Ernte in der eigenen Kelter, ohne Zusatz von Zucker oder Konzentrat.</p></div></body></html>
            """;
        Assert.Empty(HtmlPageSplitter.Split(page).Tags);
    }
}
