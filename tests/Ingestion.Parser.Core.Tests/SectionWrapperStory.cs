namespace Ingestion.Parser.Core.Tests;

/// <summary>A business news story set in section wrappers, a crosshead over each later section's text block.</summary>
internal static class SectionWrapperStory
{
    public static string Html(string picture, string crosshead) => $$"""
        <html><head><title>Harbour trade slows as ports shift to rail</title></head><body>
        <div class="site-body" itemscope itemtype="http://schema.org/NewsArticle">
        <h1 class="title" itemprop="name">Harbour trade slows as ports shift to rail</h1>
        <div class="source"><a rel="author" href="/dana-whitcomb/">Dana Whitcomb</a></div>
        <section class="cols2"><div class="unit col1"><article><div class="story"><div id="article_body" class="content">
        <div class="group-container">{{picture}}
        <div class="group" itemprop="articleBody"><p>The harbour handled fewer ships this year as freight moved to the new rail line, and the port authority expects the decline to continue into the spring.</p><p>Dock workers said the quiet months had cost them overtime, and two of the four cranes on the east quay stood idle for most of the autumn.</p></div></div>
        <div class="group-container">{{crosshead}}
        <div class="group" itemprop="articleBody"><p>Cargo first came by sea when the canal opened a century ago, and for decades the harbour was the only way to move coal and grain out of the valley.</p><p>"The quay was never empty then," the harbour master said, pointing at the old warehouses along the water.</p></div></div>
        <div class="group-container last"><div class="group" itemprop="articleBody"><p>The port hopes a ferry link to the islands, planned for next year, will bring some of the trade back to the old docks.</p></div></div>
        </div></div></article></div></section></div></body></html>
        """;
}
