using Xunit;

namespace Ingestion.Parser.Core.Tests;

public class TemplatePlaceholderLineTests
{
    [Theory]
    [InlineData("{{page.content.lastUpdateUser.fullName}} - {{page.content.lastUpdateTime*1000 | date : 'dd/MM/yyyy'}}", true)]
    [InlineData("{{page.content.status === \"published\" ? \"Contenu publié\" : \"Brouillon\"}} [loading.gif]", true)]
    [InlineData("{{ name }} is how the template writes a reader's name, the developer explained.", false)]
    [InlineData("The template writes {{ name }} where the reader's name goes.", false)]
    public void A_line_of_an_unfilled_templates_placeholders_is_furniture(string line, bool furniture)
    {
        Assert.Equal(furniture, TemplatePlaceholderLine.Is(line));
        Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));
    }
}
