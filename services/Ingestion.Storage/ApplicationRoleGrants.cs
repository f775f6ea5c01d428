using Dapper;
using Npgsql;

namespace Ingestion.Storage;

/// <summary>
/// The application role's privileges, granted by the migrating (owner) role after every migration: reading and
/// writing the tables and reading the views, nothing else (no DDL, no TRUNCATE, no schema_versions). Granting
/// on every start-up keeps a renamed role or a table added by a later migration covered; GRANT is idempotent.
/// </summary>
internal static class ApplicationRoleGrants
{
    /// <summary>Every table the service reads or writes; a new table must be added here.</summary>
    public static readonly string[] Tables = ["documents", "document_sources", "articles", "comments", "rejects"];

    public static readonly string[] Views = ["article_overview", "comment_threads", "searchable_text"];

    public static string? RoleFor(string applicationConnectionString, string? configuredRole) =>
        !string.IsNullOrWhiteSpace(configuredRole)
            ? configuredRole
            : new NpgsqlConnectionStringBuilder(applicationConnectionString).Username;

    /// <returns>False when there was nothing to grant: no role, the migrating role itself, or a role that does not exist.</returns>
    public static async Task<bool> GrantAsync(NpgsqlConnection ownerConnection, string? role, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return false;
        }

        var (exists, isSelf, quoted) = await ownerConnection.QuerySingleAsync<(bool, bool, string)>(new CommandDefinition(
            """
            SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = @role), @role = current_user, quote_ident(@role)
            """,
            new { role },
            cancellationToken: cancellationToken));
        if (!exists || isSelf)
        {
            return false;
        }

        await ownerConnection.ExecuteAsync(new CommandDefinition(
            $"""
            GRANT USAGE ON SCHEMA public TO {quoted};
            GRANT SELECT, INSERT, UPDATE, DELETE ON {string.Join(", ", Tables)} TO {quoted};
            GRANT SELECT ON {string.Join(", ", Views)} TO {quoted};
            """,
            cancellationToken: cancellationToken));
        return true;
    }
}
