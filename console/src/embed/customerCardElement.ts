// TODO(helper): <c360-customer-card> web component
export {};
