package com.hallqueue.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The transport a feature's routes use to read a body: a JSON object, read field by field so
 * every refusal names the field.
 */
public final class Body {

    private final JsonNode root;

    private Body(JsonNode root) {
        this.root = root;
    }

    static Body parse(byte[] bytes) {
        if (bytes.length == 0) {
            return new Body(Json.mapper().createObjectNode());
        }
        try {
            JsonNode node = Json.mapper().readTree(bytes);
            if (node == null || !node.isObject()) {
                throw ApiException.badInput("body", "must be a JSON object");
            }
            return new Body(node);
        } catch (JacksonException e) {
            throw ApiException.badInput("body", "not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (java.io.IOException e) {
            throw ApiException.badInput("body", "cannot be read");
        }
    }

    public String text(String field, int maxLength) {
        JsonNode n = node(field);
        if (n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (!n.isTextual()) {
            throw ApiException.badInput(field, "must be a string");
        }
        if (n.textValue().length() > maxLength) {
            throw ApiException.badInput(field, "must be at most " + maxLength + " characters");
        }
        return n.textValue();
    }

    public String requiredText(String field, int maxLength) {
        String value = text(field, maxLength);
        if (value == null || value.isBlank()) {
            throw ApiException.badInput(field, "is required");
        }
        return value;
    }

    /** A list of strings, each at most {@code maxLength}; null when absent. */
    public java.util.List<String> texts(String field, int maxItems, int maxLength) {
        JsonNode n = node(field);
        if (n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (!n.isArray() || n.size() > maxItems) {
            throw ApiException.badInput(field, "must be a list of at most " + maxItems + " strings");
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode item : n) {
            if (!item.isTextual() || item.textValue().length() > maxLength) {
                throw ApiException.badInput(field, "each item must be a string of at most " + maxLength + " characters");
            }
            out.add(item.textValue());
        }
        return out;
    }

    public boolean bool(String field, boolean fallback) {
        JsonNode n = node(field);
        if (n.isNull() || n.isMissingNode()) {
            return fallback;
        }
        if (!n.isBoolean()) {
            throw ApiException.badInput(field, "must be true or false");
        }
        return n.booleanValue();
    }

    public Integer integer(String field) {
        JsonNode n = node(field);
        if (n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw ApiException.badInput(field, "must be a whole number");
        }
        return n.intValue();
    }

    private JsonNode node(String field) {
        JsonNode n = root.get(field);
        return n == null ? NullNode.getInstance() : n;
    }
}
