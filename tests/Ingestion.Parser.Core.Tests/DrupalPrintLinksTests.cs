using Xunit;

namespace Ingestion.Parser.Core.Tests;

/// <summary>Drupal's print module under a node: "Printer-friendly version", "Send by email", "PDF version".</summary>
public class DrupalPrintLinksTests
{
    [Theory]
    [InlineData("Send by email", true)]
    [InlineData("Send by e-mail", true)]
    [InlineData("PDF version", true)]
    [InlineData("Printer-friendly version", true)]
    [InlineData("Residents can send comments by email to the planning office until Friday.", false)]
    public void The_print_modules_links_are_furniture(string line, bool furniture) => Assert.Equal(furniture, BoilerplateFilter.IsBoilerplate(line));
}
