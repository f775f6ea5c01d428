using System.Text;
using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>A keywords meta that only repeats the article:section names the section, no tag (SectionInJsonLdKeywords.NamesOnlySection).</summary>
public class SectionOnlyKeywordsMetaTests
{
    private static ParsedPage Parse(string keywords) => PageParser.Parse(Encoding.UTF8.GetBytes($"""
        <html><head><title>Your cosy winter walk, illustrated</title>
        <meta name="keywords" content="{keywords}">
        <meta property="article:section" content="Outdoors">
        <meta property="og:site_name" content="Trailside">
        </head><body><main><article><h1>Your cosy winter walk, illustrated</h1>
        <p>It is almost that time again, when the paths freeze over and the only thing you want is a warm coat and a flask of tea.</p>
        <p>Which is why we drew a guide to everything you need for a winter walk, from the boots up to the hat.</p>
        </article></main></body></html>
        """), "walk.html");

    [Fact]
    public void Keywords_naming_only_the_section_give_no_tags() =>
        Assert.Empty(Parse(",Outdoors").Tags);

    [Fact]
    public void Keywords_naming_more_than_the_section_are_the_tags() =>
        Assert.Equal(["Outdoors", "Winter boots", "Flasks"], Parse("Outdoors, Winter boots, Flasks").Tags);
}
